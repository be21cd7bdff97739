package io.github.tongban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar ({@code tongban-cli-*-all.jar}) as built by {@code package}: run by Failsafe in
 * {@code integration-test} (Surefire leaves these out, the jar does not exist yet then). Every library
 * bundled into it keeps its own licence, notice and DEPENDENCIES files, byte for byte, under
 * {@code META-INF/licenses/<artifactId>/}; tongban's own are at {@code META-INF/LICENSE} and
 * {@code META-INF/NOTICE}. Which libraries are bundled is read from the jar itself: a jar of the test
 * class path is bundled when its first class is in the runnable jar.
 */
class PackagedJarTests {
  private static final Pattern LICENCE_FILE =
      Pattern.compile("(?i)(META-INF/)?([^/]*(LICENSE|NOTICE|COPYING)[^/]*|licen[cs]es?/.+|DEPENDENCIES)");

  private static Path runnableJar() {
    String jar = System.getProperty("tongban.cli.jar");
    assertThat(jar).as("the tongban.cli.jar property (set by the cli pom's Failsafe configuration)").isNotBlank();
    return Path.of(jar);
  }

  @Test
  void everyBundledLibraryKeepsItsLicenceAndNoticeFiles() throws IOException {
    List<String> checked = new ArrayList<>();
    try (JarFile runnable = new JarFile(runnableJar().toFile())) {
      for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator)) {
        Path path = Path.of(entry);
        if (!entry.endsWith(".jar") || !Files.isRegularFile(path) || path.getParent() == null || path.getParent().getParent() == null) {
          continue;
        }
        try (JarFile library = new JarFile(path.toFile())) {
          Optional<String> firstClass = Collections.list(library.entries()).stream().map(JarEntry::getName)
              .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && !n.endsWith("module-info.class")).findFirst();
          if (firstClass.isEmpty() || runnable.getEntry(firstClass.get()) == null) {
            continue;
          }
          String artifactId = path.getParent().getParent().getFileName().toString();
          for (JarEntry e : Collections.list(library.entries())) {
            if (!e.isDirectory() && LICENCE_FILE.matcher(e.getName()).matches()) {
              String kept = "META-INF/licenses/" + artifactId + "/" + e.getName().replaceFirst("^META-INF/", "");
              JarEntry copy = runnable.getJarEntry(kept);
              assertThat(copy).as("%s's %s kept as %s", artifactId, e.getName(), kept).isNotNull();
              assertThat(runnable.getInputStream(copy).readAllBytes()).as(kept).isEqualTo(library.getInputStream(e).readAllBytes());
              checked.add(artifactId + ":" + e.getName());
            }
          }
        }
      }
    }
    assertThat(checked).as("the licence files found in bundled libraries").contains("jackson-databind:META-INF/LICENSE",
        "jackson-databind:META-INF/NOTICE", "drools-core:META-INF/LICENSE", "drools-core:META-INF/DEPENDENCIES", "slf4j-api:META-INF/LICENSE.txt");
  }

  @Test
  void tongbansOwnLicenceAndNoticeComeFirst() throws IOException {
    Path root = Path.of("..");
    try (JarFile runnable = new JarFile(runnableJar().toFile())) {
      assertThat(runnable.getInputStream(runnable.getEntry("META-INF/LICENSE")).readAllBytes()).isEqualTo(Files.readAllBytes(root.resolve("LICENSE")));
      assertThat(runnable.getInputStream(runnable.getEntry("META-INF/NOTICE")).readAllBytes()).isEqualTo(Files.readAllBytes(root.resolve("NOTICE")));
      assertThat(new String(Files.readAllBytes(root.resolve("LICENSE")), java.nio.charset.StandardCharsets.US_ASCII))
          .contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
    }
  }
}
