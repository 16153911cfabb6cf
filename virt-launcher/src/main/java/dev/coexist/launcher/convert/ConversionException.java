package dev.coexist.launcher.convert;

import java.util.List;
import java.util.stream.Collectors;

/** The VMI cannot become a domain; carries every problem found, not only the first. */
public final class ConversionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** An exception for a non-empty list of problems. */
  public ConversionException(List<Problem> problems) {
    super(message(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConversionException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, in the order they were found. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }
}
