package io.github.tongban.core.internal.logic;

/** A truth value of three: true, false, or open (not settled by what is known). */
public enum Tri {
  TRUE, FALSE, OPEN;

  public static Tri of(boolean b) {
    return b ? TRUE : FALSE;
  }

  public boolean settled() {
    return this != OPEN;
  }
}
