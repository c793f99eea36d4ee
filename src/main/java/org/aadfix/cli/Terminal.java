package org.aadfix.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard input and output are an interactive terminal. */
final class Terminal {
  private Terminal() {}

  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    if (Runtime.version().feature() >= 22) {
      // From Java 22 a Console may exist on redirected streams; isTerminal() tells them apart.
      try {
        Method isTerminal = Console.class.getMethod("isTerminal");
        return (Boolean) isTerminal.invoke(console);
      } catch (ReflectiveOperationException e) {
        return false;
      }
    }
    return true;
  }
}
