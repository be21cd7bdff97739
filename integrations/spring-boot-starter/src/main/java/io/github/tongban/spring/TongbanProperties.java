package io.github.tongban.spring;

import io.github.tongban.present.Language;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code tongban.*} settings of the starter.
 *
 * <pre>
 * tongban:
 *   catalogue:
 *     path: /srv/tongban/catalogue   # the bundled sample when not set (with tongban-catalog on the class path)
 *   reload:
 *     watch: true                    # reload when a file of the catalogue changes
 * </pre>
 */
@ConfigurationProperties("tongban")
public class TongbanProperties {
  private final Catalogue catalogue = new Catalogue();
  private final Reload reload = new Reload();
  private final Engine engine = new Engine();

  /** The language of the starter's log lines and of the health details: zh (简体中文, the default) or en. */
  private Language language = Language.ZH;

  /** Where the catalogue is read from. */
  public Catalogue getCatalogue() {
    return catalogue;
  }

  /** When the catalogue is read again. */
  public Reload getReload() {
    return reload;
  }

  /** How the decision engine is built. */
  public Engine getEngine() {
    return engine;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  /** Where the catalogue is read from ({@code tongban.catalogue.*}). */
  public static class Catalogue {
    /**
     * The catalogue folder (catalogue.yaml, facts.yaml, regions.yaml, items/ ...). When not set, the
     * bundled sample catalogue of tongban-catalog is served, if that module is on the class path.
     */
    private Path path;

    /** Whether each standard element an item lacks is an error (item.incomplete), for cities that publish only complete items. */
    private boolean requireComplete;

    public Path getPath() {
      return path;
    }

    public void setPath(Path path) {
      this.path = path;
    }

    public boolean isRequireComplete() {
      return requireComplete;
    }

    public void setRequireComplete(boolean requireComplete) {
      this.requireComplete = requireComplete;
    }
  }

  /** When the catalogue is read again ({@code tongban.reload.*}). */
  public static class Reload {
    /**
     * Whether to reload when a file under the catalogue folder changes. An invalid catalogue is
     * refused and logged with its problems; the previous one keeps serving. Needs tongban.catalogue.path.
     */
    private boolean watch;

    /** How long the folder must stay quiet after a change before it is read again (an editor or a copy writes several files). */
    private Duration debounce = Duration.ofMillis(500);

    public boolean isWatch() {
      return watch;
    }

    public void setWatch(boolean watch) {
      this.watch = watch;
    }

    public Duration getDebounce() {
      return debounce;
    }

    public void setDebounce(Duration debounce) {
      this.debounce = debounce;
    }
  }

  /** How the decision engine is built ({@code tongban.engine.*}). */
  public static class Engine {
    /**
     * Whether to build every rule at startup, so that the first decision on each item does not wait for
     * its rules (startup then takes longer).
     */
    private boolean warmUp;

    public boolean isWarmUp() {
      return warmUp;
    }

    public void setWarmUp(boolean warmUp) {
      this.warmUp = warmUp;
    }
  }
}
