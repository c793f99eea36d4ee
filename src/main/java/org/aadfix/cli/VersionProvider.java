package org.aadfix.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code aadfix-version.properties} at build time. */
final class VersionProvider implements IVersionProvider {
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("/aadfix-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"aadfix " + version(), "Java " + Runtime.version()};
  }
}
