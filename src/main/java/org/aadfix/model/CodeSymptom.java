package org.aadfix.model;

import java.util.List;

/** An AADSTS code with its symbolic name and every text the service has emitted after it. */
public record CodeSymptom(String code, String name, List<String> messages) {
  public CodeSymptom {
    messages = Lists.copy(messages);
  }
}
