package io.github.tongban.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Proactive screening (免申即享): decides every resident of a stream against a list of items, to
 * find who qualifies without waiting for an application. Streams with constant memory: residents
 * are read and decided in batches, in parallel on every core, and results are handed on in input
 * order. A resident whose facts are not valid is reported and skipped; the run goes on.
 */
public final class Screening {
  /** Residents decided together; memory stays proportional to this, whatever the input size. */
  public static final int BATCH = 2_048;

  private final DecisionEngine engine;
  private final List<String> items;
  private final LocalDate date;
  private final int threads;

  /**
   * A screening of {@code items} (repeats folded, order kept) on {@code engine}, as of
   * {@code date}, on {@code threads} threads ({@link #run}; {@link #screen} decides on the calling
   * thread).
   */
  public Screening(DecisionEngine engine, List<String> items, LocalDate date, int threads) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.items = List.copyOf(new java.util.LinkedHashSet<>(items));
    this.date = Objects.requireNonNull(date, "date");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was %d".formatted(threads));
    }
    this.threads = threads;
    if (this.items.isEmpty()) {
      throw new IllegalArgumentException("screening needs at least one item");
    }
  }

  /**
   * One resident: an id, the line of the input it came from, and the known facts.
   *
   * @param id the resident's id in the input
   * @param line the input line, for error reports
   * @param facts the known facts by fact id
   */
  public record Resident(String id, long line, Map<String, Object> facts) {}

  /**
   * The outcome for one resident and one item.
   *
   * @param resident the resident
   * @param item the item code
   * @param status eligible, ineligible or more information needed
   * @param nextQuestions the facts still needed, when the outcome depends on them
   */
  public record Row(Resident resident, String item, Status status, List<String> nextQuestions) {}

  /**
   * A resident that could not be screened.
   *
   * @param resident the resident
   * @param problem what is wrong
   */
  public record Rejected(Resident resident, InvalidApplicationException problem) {}

  /**
   * One resident's screening: a row per item, in the order of the items; or, when the resident
   * cannot be screened, no rows and why.
   *
   * @param resident the resident
   * @param rows the outcome for each item (empty when rejected)
   * @param rejected why the resident could not be screened, if so
   */
  public record Screened(Resident resident, List<Row> rows, Optional<Rejected> rejected) {
    public Screened {
      rows = List.copyOf(rows);
      Objects.requireNonNull(rejected, "rejected");
    }
  }

  /** The items screened, each once, in the order first given. */
  public List<String> items() {
    return items;
  }

  /**
   * What a screening did.
   *
   * @param residents residents read
   * @param rejected residents skipped because their facts were not valid
   * @param eligible rows with an eligible outcome
   * @param ineligible rows with an ineligible outcome
   * @param needsInfo rows whose outcome needs more information
   */
  public record Summary(long residents, long rejected, long eligible, long ineligible, long needsInfo) {}

  /**
   * Screens every resident of {@code input}; {@code rows} receives each outcome and
   * {@code rejected} each resident that could not be screened, in input order, on the calling
   * thread.
   */
  public Summary run(Iterator<Resident> input, Consumer<Row> rows, Consumer<Rejected> rejected) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "tongban-screening");
      t.setDaemon(true);
      return t;
    });
    long residents = 0;
    long skipped = 0;
    long[] counts = new long[Status.values().length];
    try {
      while (input.hasNext()) {
        List<Resident> batch = new ArrayList<>(BATCH);
        while (input.hasNext() && batch.size() < BATCH) {
          batch.add(input.next());
        }
        residents += batch.size();
        int chunk = Math.max(1, (batch.size() + threads - 1) / threads);
        List<Future<List<Screened>>> parts = new ArrayList<>();
        for (int from = 0; from < batch.size(); from += chunk) {
          List<Resident> slice = batch.subList(from, Math.min(batch.size(), from + chunk));
          parts.add(pool.submit(() -> screen(slice)));
        }
        for (Future<List<Screened>> part : parts) {
          for (Screened s : get(part)) {
            if (s.rejected().isPresent()) {
              skipped++;
              rejected.accept(s.rejected().get());
            }
            for (Row row : s.rows()) {
              counts[row.status().ordinal()]++;
              rows.accept(row);
            }
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Summary(residents, skipped, counts[Status.ELIGIBLE.ordinal()], counts[Status.INELIGIBLE.ordinal()],
        counts[Status.NEEDS_INFO.ordinal()]);
  }

  /**
   * Screens one resident on the calling thread: what {@link #run} hands on for it. For a front end
   * that brings its own parallelism (a Spark task), with the rows of {@link ResidentColumns#resident}.
   */
  public Screened screen(Resident resident) {
    return screen(List.of(resident)).get(0);
  }

  /**
   * Screens {@code residents} on the calling thread, each item deciding them all in one session
   * (see {@link BatchScreener#screen}): one {@link Screened} per resident, in order; the same
   * answers as one by one, faster for a batch.
   */
  public List<Screened> screen(List<Resident> residents) {
    List<Map<String, Object>> facts = new ArrayList<>(residents.size());
    for (Resident r : residents) {
      facts.add(Application.checkedFacts(r.facts()));
    }
    List<Screened> out = new ArrayList<>(residents.size());
    List<BatchScreener.Screened> screened = BatchScreener.screen(engine.compiled(), items, facts, date);
    for (int j = 0; j < residents.size(); j++) {
      BatchScreener.Screened s = screened.get(j);
      Resident resident = residents.get(j);
      if (s.problem().isPresent()) {
        out.add(new Screened(resident, List.of(), Optional.of(new Rejected(resident, s.problem().get()))));
        continue;
      }
      List<Row> rows = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        Eligibility e = s.eligibilities().get(i);
        rows.add(new Row(resident, items.get(i), e.status(), e.nextQuestions().stream().map(Question::fact).toList()));
      }
      out.add(new Screened(resident, rows, Optional.empty()));
    }
    return out;
  }

  private static List<Screened> get(Future<List<Screened>> part) {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("screening interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("screening failed: " + e.getCause(), e.getCause());
    }
  }
}
