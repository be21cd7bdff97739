package io.github.tongban.benchmarks;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.Eligibility;
import io.github.tongban.rules.RandomApplications;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The peer: Drools DMN (kie-dmn, FEEL) evaluating only the eligibility of three sample items
 * (eligibility.dmn), against tongban's full decision and its screening path (status and questions)
 * for the same applications.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DmnBenchmark {
  private static final Map<String, String> DECISION = Map.of(
      "620300-MZ-002", "elderlyAllowance", "620300-YB-001", "residentMedical", "620300-NY-001", "homestead");
  private static final List<String> INPUTS = List.of("age", "householdRegion", "enrolledEmployeeMedical", "villageCollectiveMember", "ownsHomestead");

  private DecisionEngine engine;
  private DMNRuntime dmn;
  private DMNModel model;
  private Application[] applications;

  @Setup
  public void setUp() {
    engine = DecisionEngine.of(SampleCatalogue.catalogue());
    Resource resource = ResourceFactory.newClassPathResource("io/github/tongban/benchmarks/eligibility.dmn", DmnBenchmark.class);
    dmn = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(List.of(resource))
        .getOrElseThrow(e -> new IllegalStateException("the DMN model does not compile: " + e));
    model = dmn.getModel("https://tongban.github.io/dmn/eligibility", "eligibility");
    if (model == null || model.hasErrors()) {
      throw new IllegalStateException("the DMN model has errors: " + (model == null ? "missing" : model.getMessages()));
    }
    RandomApplications random = new RandomApplications(SampleCatalogue.catalogue(), Workloads.SEED);
    List<Application> picked = new ArrayList<>();
    while (picked.size() < Workloads.APPLICATIONS) {
      Application a = random.next();
      if (DECISION.containsKey(a.item())) {
        picked.add(a);
      }
    }
    applications = picked.toArray(Application[]::new);
  }

  @Benchmark
  public Decision tongbanFullDecision(DecisionBenchmark.Cursor cursor) {
    return engine.decide(applications[cursor.next++ & (Workloads.APPLICATIONS - 1)]);
  }

  /** The screening path: status and the questions that can change it, as {@code tongban screen} uses. */
  @Benchmark
  public Eligibility tongbanEligibility(DecisionBenchmark.Cursor cursor) {
    return engine.eligibility(applications[cursor.next++ & (Workloads.APPLICATIONS - 1)]);
  }

  @Benchmark
  public DMNResult dmnEligibilityOnly(DecisionBenchmark.Cursor cursor) {
    Application a = applications[cursor.next++ & (Workloads.APPLICATIONS - 1)];
    DMNContext context = dmn.newContext();
    for (String input : INPUTS) {
      context.set(input, a.facts().get(input));
    }
    return dmn.evaluateDecisionByName(model, DECISION.get(a.item()), context);
  }

  /** For the smoke test: the DMN model and the full decision agree on eligibility where both decide. */
  public static String check() {
    DmnBenchmark b = new DmnBenchmark();
    b.setUp();
    int compared = 0;
    for (Application a : b.applications) {
      Decision d = b.engine.decide(a);
      DMNContext context = b.dmn.newContext();
      for (String input : INPUTS) {
        context.set(input, a.facts().get(input));
      }
      Object r = b.dmn.evaluateDecisionByName(b.model, DECISION.get(a.item()), context).getDecisionResultByName(DECISION.get(a.item())).getResult();
      if (r instanceof Boolean eligible && d.status() != io.github.tongban.rules.Status.NEEDS_INFO) {
        compared++;
        if (eligible != (d.status() == io.github.tongban.rules.Status.ELIGIBLE)) {
          return "disagree on " + a + ": DMN " + eligible + ", tongban " + d.status();
        }
      }
    }
    return "agree on " + compared;
  }
}
