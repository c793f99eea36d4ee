package org.aadfix.model;

/** What a lookup shows of an entry's action: enough to say what can be launched and how risky it is. */
public record ActionSummary(String id, String title, String risk) {}
