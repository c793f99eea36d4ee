package org.aadfix.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where aadfix is installed: the folder holding {@code knowledge/} and {@code index/}. The launcher passes it as the
 * {@code aadfix.home} system property; otherwise it is found from the jar's location, never from the current folder.
 */
final class Home {
  private Home() {}

  static Path resolve() {
    String prop = System.getProperty("aadfix.home");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    try {
      Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // target/aadfix.jar or target/classes: the project folder is above target/.
      Path dir = Files.isDirectory(code) ? code.getParent() : code.getParent();
      if (dir != null && dir.getFileName() != null && dir.getFileName().toString().equals("target")) {
        dir = dir.getParent();
      }
      return dir == null ? Path.of("").toAbsolutePath() : dir.toAbsolutePath().normalize();
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Path.of("").toAbsolutePath();
    }
  }
}
