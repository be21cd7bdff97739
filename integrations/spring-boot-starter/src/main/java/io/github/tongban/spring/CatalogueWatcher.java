package io.github.tongban.spring;

import io.github.tongban.present.Language;
import io.github.tongban.present.SafeText;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reloads the served catalogue when a file under its folder changes ({@code tongban.reload.watch=true}):
 * the folder and every folder under it are watched (new ones too), and once the folder has been
 * quiet for the debounce period (an editor or a copy writes several files), the catalogue is read
 * again through {@link ServedCatalogue#reload(ReloadTrigger)}: a catalogue with errors is refused
 * and logged, and the previous one keeps serving. One daemon thread, started and stopped with the
 * application context.
 */
public class CatalogueWatcher implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(CatalogueWatcher.class);

  private final ServedCatalogue served;
  private final Path folder;
  private final Duration debounce;
  private final Language language;
  private WatchService watcher;
  private Thread thread;

  /**
   * Watches the folder of {@code served}'s source.
   *
   * @throws CatalogueLoadException when the source has no folder (the bundled sample is never watched)
   */
  public CatalogueWatcher(ServedCatalogue served, Duration debounce, Language language) {
    this.served = Objects.requireNonNull(served, "served");
    this.folder = served.source().folder().orElseThrow(() -> new CatalogueLoadException(
        "tongban.reload.watch=true needs a catalogue folder: set tongban.catalogue.path (" + SafeText.line(served.source().description())
            + " is not watched)"));
    this.debounce = Objects.requireNonNull(debounce, "debounce");
    this.language = Objects.requireNonNull(language, "language");
  }

  /** The folder watched. */
  public Path folder() {
    return folder;
  }

  @Override
  public synchronized void start() {
    if (thread != null) {
      return;
    }
    try {
      watcher = folder.getFileSystem().newWatchService();
      register(folder, watcher);
    } catch (IOException e) {
      throw new CatalogueLoadException("cannot watch the catalogue folder " + SafeText.line(folder.toString()) + ": "
          + SafeText.line(String.valueOf(e.getMessage())));
    }
    WatchService service = watcher;
    thread = new Thread(() -> watch(service), "tongban-catalogue-watcher");
    thread.setDaemon(true);
    thread.start();
    LOG.info(Messages.get(language, "watch.started", folder.toString(), debounce.toMillis()));
  }

  @Override
  public synchronized void stop() {
    if (thread == null) {
      return;
    }
    try {
      watcher.close();
    } catch (IOException e) {
      LOG.debug("closing the watch service", e);
    }
    thread.interrupt();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread = null;
    watcher = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return thread != null;
  }

  private void watch(WatchService service) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        WatchKey key = service.take();
        drain(key, service);
        // wait until the folder has been quiet for the debounce period, registering new folders meanwhile
        WatchKey more;
        while ((more = service.poll(debounce.toNanos(), TimeUnit.NANOSECONDS)) != null) {
          drain(more, service);
        }
        served.reload(ReloadTrigger.WATCH);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException e) {
      // stopped
    }
  }

  /** Takes a key's events, registering the folders created under a watched one, and makes the key report again. */
  private void drain(WatchKey key, WatchService service) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
        Path created = dir.resolve(name);
        if (Files.isDirectory(created, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          try {
            register(created, service);
          } catch (IOException e) {
            LOG.warn(Messages.get(language, "watch.stopped", created.toString(), String.valueOf(e.getMessage())));
          }
        }
      }
    }
    if (!key.reset() && dir.equals(folder)) {
      LOG.warn(Messages.get(language, "watch.stopped", folder.toString(), "deleted"));
    }
  }

  /** Watches {@code start} and every folder under it (links are not followed, as the loader does not follow them). */
  private static void register(Path start, WatchService service) throws IOException {
    Files.walkFileTree(start, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
