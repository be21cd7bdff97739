package io.github.tongban.spring.app;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/** Keeps the last failure report Spring Boot made, for the tests to read (registered in the tests' spring.factories). */
public class RecordingFailureReporter implements FailureAnalysisReporter {
  static final AtomicReference<FailureAnalysis> LAST = new AtomicReference<>();

  @Override
  public void report(FailureAnalysis analysis) {
    LAST.set(analysis);
  }
}
