package dev.coexist.launcher.domain;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** An element carrying only {@code state='on|off'}, e.g. {@code <smm state='on'/>}. */
public record State(@JacksonXmlProperty(isAttribute = true) String state) {
  public static final State ON = new State("on");
  public static final State OFF = new State("off");

  /** {@link #ON} or {@link #OFF}. */
  public static State of(boolean on) {
    return on ? ON : OFF;
  }
}
