package org.aadfix.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A declared parameter of an action; a value is accepted only when the whole of it matches {@code pattern}. */
public record ActionParameter(
    String name,
    String pattern,
    // "default" and "switch" are Java keywords, so these two keys are named explicitly.
    @JsonProperty("default") String defaultValue,
    @JsonProperty("switch") Boolean isSwitch,
    String description) {}
