package io.github.tongban.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A GitHub Actions workflow of one job, read and run as a runner would run its shell steps: the
 * workflow's and the job's {@code env}, then each step in order, a {@code run:} step in
 * {@code bash --noprofile --norc -eo pipefail} (GitHub's default shell on Linux). A step runs
 * while no earlier step failed, unless its {@code if:} says {@code always()} (runs anyway) or
 * {@code failure()} (runs only after a failure). {@code uses:} steps are actions, which are not
 * run here. Used by the tests of {@code docs/ci/catalogue.yml}.
 */
final class CiWorkflow {
  /** Variables a GitHub-hosted runner defines for every step, and the shell's own. */
  private static final Set<String> RUNNER_VARIABLES = Set.of("HOME", "PATH", "PWD", "CI", "JAVA_HOME", "RUNNER_TEMP",
      "RUNNER_OS", "GITHUB_WORKSPACE", "GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_STEP_SUMMARY", "GITHUB_SHA", "GITHUB_REF");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

  /** One step of the job. */
  record Step(String name, Optional<String> run, Optional<String> uses, Optional<String> condition, Map<String, String> env,
      Map<String, String> with) {}

  /** What a step did: whether it ran, its exit code (0 when it did not run), what it printed. */
  record StepResult(Step step, boolean ran, int exitCode, String output) {
    boolean failed() {
      return ran && exitCode != 0;
    }
  }

  /** The job's outcome: each step's result, in order. */
  record Outcome(List<StepResult> steps) {
    /** Whether the job succeeded: no step failed. */
    boolean succeeded() {
      return steps.stream().noneMatch(StepResult::failed);
    }

    /** Every step's name, exit code and output, for a failed assertion's message. */
    String log() {
      StringBuilder out = new StringBuilder();
      for (StepResult r : steps) {
        out.append("== ").append(r.step().name()).append(r.ran() ? " (exit " + r.exitCode() + ")" : " (not run)").append('\n')
            .append(r.output());
      }
      return out.toString();
    }
  }

  private final Map<String, String> env;
  private final List<Step> steps;

  private CiWorkflow(Map<String, String> env, List<Step> steps) {
    this.env = env;
    this.steps = steps;
  }

  /** The workflow in {@code file}; it must have exactly one job. */
  @SuppressWarnings("unchecked")
  static CiWorkflow read(Path file) {
    Map<String, Object> root;
    try (InputStream in = Files.newInputStream(file)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> jobs = (Map<String, Object>) root.get("jobs");
    if (jobs == null || jobs.size() != 1) {
      throw new IllegalArgumentException(file + " must have exactly one job, not " + (jobs == null ? 0 : jobs.size()));
    }
    Map<String, Object> job = (Map<String, Object>) jobs.values().iterator().next();
    Map<String, String> env = new LinkedHashMap<>(strings(root.get("env")));
    env.putAll(strings(job.get("env")));
    List<Step> steps = new ArrayList<>();
    for (Map<String, Object> s : (List<Map<String, Object>>) job.get("steps")) {
      Optional<String> run = Optional.ofNullable((String) s.get("run"));
      Optional<String> uses = Optional.ofNullable((String) s.get("uses"));
      String name = Optional.ofNullable((String) s.get("name")).or(() -> uses).orElseGet(() -> run.orElse("?"));
      steps.add(new Step(name, run, uses, Optional.ofNullable(s.get("if")).map(String::valueOf), strings(s.get("env")),
          strings(s.get("with"))));
    }
    return new CiWorkflow(env, List.copyOf(steps));
  }

  /** The workflow's and the job's {@code env}. */
  Map<String, String> env() {
    return Map.copyOf(env);
  }

  List<Step> steps() {
    return steps;
  }

  /**
   * The variables the {@code run:} steps use that neither the workflow, the job, the step nor the
   * runner defines: each would be empty on a runner (the old workflow's {@code $TONGBAN}).
   */
  Set<String> undefinedVariables() {
    Set<String> undefined = new TreeSet<>();
    for (Step s : steps) {
      s.run().ifPresent(run -> {
        Matcher m = VARIABLE.matcher(run);
        while (m.find()) {
          String name = m.group(1);
          if (!env.containsKey(name) && !s.env().containsKey(name) && !RUNNER_VARIABLES.contains(name)) {
            undefined.add(name);
          }
        }
      });
    }
    return undefined;
  }

  /**
   * Runs the job's shell steps in {@code repository} (the checked-out repository), with the
   * environment of this process, then {@code extraEnv}, then the workflow's. Each step may take
   * {@code timeout}; one that takes longer is stopped and fails.
   */
  Outcome run(Path repository, Map<String, String> extraEnv, Duration timeout) throws IOException, InterruptedException {
    List<StepResult> results = new ArrayList<>();
    boolean failed = false;
    for (Step s : steps) {
      String condition = s.condition().orElse("success()");
      boolean runs = condition.contains("always()") || (condition.contains("failure()") ? failed : !failed);
      if (!runs || s.run().isEmpty()) {
        results.add(new StepResult(s, false, 0, ""));
        continue;
      }
      Path log = Files.createTempFile("step", ".log");
      try {
        ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", s.run().get())
            .directory(repository.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(extraEnv);
        pb.environment().put("CI", "true");
        pb.environment().put("GITHUB_WORKSPACE", repository.toString());
        pb.environment().putAll(env);
        pb.environment().putAll(s.env());
        Process p = pb.start();
        p.getOutputStream().close();
        int exit;
        if (p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          exit = p.exitValue();
        } else {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly().waitFor();
          exit = 124;
        }
        results.add(new StepResult(s, true, exit, Files.readString(log, StandardCharsets.UTF_8)));
        failed |= exit != 0;
      } finally {
        Files.deleteIfExists(log);
      }
    }
    return new Outcome(List.copyOf(results));
  }

  private static Map<String, String> strings(Object map) {
    Map<String, String> out = new LinkedHashMap<>();
    if (map instanceof Map<?, ?> m) {
      m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    }
    return out;
  }
}
