package org.aadfix.model;

/** A public source for the entry. */
public record Reference(String title, String url) {}
