package io.github.tongban.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
   * A screening of {@code items} on {@code engine}, as of {@code date}, on {@code threads} threads.
   */
  public Screening(DecisionEngine engine, List<String> items, LocalDate date, int threads) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.items = List.copyOf(items);
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
        List<Future<List<Object>>> parts = new ArrayList<>();
        for (int from = 0; from < batch.size(); from += chunk) {
          List<Resident> slice = batch.subList(from, Math.min(batch.size(), from + chunk));
          parts.add(pool.submit(() -> decide(slice)));
        }
        for (Future<List<Object>> part : parts) {
          for (Object o : get(part)) {
            if (o instanceof Row row) {
              counts[row.status().ordinal()]++;
              rows.accept(row);
            } else {
              skipped++;
              rejected.accept((Rejected) o);
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

  /** Decides a slice of residents: each item decides them all in one session (see {@link BatchScreener#screen}). */
  private List<Object> decide(List<Resident> slice) {
    List<java.util.Map<String, Object>> facts = new ArrayList<>(slice.size());
    for (Resident r : slice) {
      facts.add(Application.checkedFacts(r.facts()));
    }
    List<Object> out = new ArrayList<>(slice.size() * items.size());
    List<BatchScreener.Screened> screened = BatchScreener.screen(engine.compiled(), items, facts, date);
    for (int j = 0; j < slice.size(); j++) {
      BatchScreener.Screened s = screened.get(j);
      if (s.problem().isPresent()) {
        out.add(new Rejected(slice.get(j), s.problem().get()));
        continue;
      }
      for (int i = 0; i < items.size(); i++) {
        Eligibility e = s.eligibilities().get(i);
        out.add(new Row(slice.get(j), items.get(i), e.status(), e.nextQuestions().stream().map(Question::fact).toList()));
      }
    }
    return out;
  }

  private static List<Object> get(Future<List<Object>> part) {
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
