package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.model.Catalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same application gives the same decision in every run and every JVM, down to the order of
 * the facts a reason names: a digest of 3,000 decisions made here equals the digest a second JVM
 * makes (each JVM salts the iteration order of {@code Map.of}/{@code Set.of} differently, so an
 * order that leaks from one of them shows up as a different digest).
 */
class DeterminismTests {
  static final int DECISIONS = 3_000;

  @Test
  void aSecondJvmMakesByteIdenticalDecisions() throws IOException, InterruptedException {
    String here = digest();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process other = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), Digest.class.getName())
        .redirectErrorStream(false).start();
    String there = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(other.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(other.exitValue()).isZero();
    assertThat(there).as("the digest of the same decisions in another JVM").isEqualTo(here);
  }

  static String digest() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    DecisionEngine engine = DecisionEngine.of(catalogue);
    RandomApplications random = new RandomApplications(catalogue, DifferentialTests.SEED + 7);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < DECISIONS; i++) {
        sha.update(engine.decide(random.next()).toString().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The second JVM: prints the digest. */
  public static final class Digest {
    private Digest() {}

    public static void main(String[] args) {
      System.out.println(digest());
      System.out.flush();
      System.exit(0);
    }
  }
}
