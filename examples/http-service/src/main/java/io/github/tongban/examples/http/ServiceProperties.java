package io.github.tongban.examples.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The decision service's own settings ({@code tongban.service.*}); the catalogue's are the starter's
 * ({@code tongban.catalogue.*}, {@code tongban.reload.*}), the server's Spring Boot's ({@code server.*}).
 *
 * <pre>
 * server:
 *   address: 0.0.0.0                     # loopback (127.0.0.1) by default
 * tongban:
 *   service:
 *     reload-token: ${TONGBAN_RELOAD_TOKEN}   # POST /admin/reload is 404 without one
 *     allowed-hosts: [localhost, 127.0.0.1, tongban.hall.example]
 * </pre>
 */
@ConfigurationProperties("tongban.service")
public class ServiceProperties {
  /** The shortest reload token accepted: a shorter one could be guessed. */
  public static final int MIN_TOKEN_LENGTH = 16;

  /**
   * The bearer token {@code POST /admin/reload} requires (Authorization: Bearer TOKEN), at least 16
   * characters (e.g. the output of {@code openssl rand -hex 32}). Without one the route does not exist.
   */
  private String reloadToken;

  /**
   * The host names (and addresses) the service answers for, as clients write them in the Host
   * header, without the port. A request naming any other host gets 421: a web page whose name an
   * attacker rebinds to this machine's address (DNS rebinding) cannot use the service. Add the
   * service hall's name or address when you bind to the LAN.
   */
  private List<String> allowedHosts = new ArrayList<>(List.of("localhost", "127.0.0.1", "[::1]"));

  public String getReloadToken() {
    return reloadToken;
  }

  public void setReloadToken(String reloadToken) {
    this.reloadToken = reloadToken;
  }

  /** The reload token, when one is set (not blank). */
  public Optional<String> reloadToken() {
    return Optional.ofNullable(reloadToken).filter(t -> !t.isBlank());
  }

  public List<String> getAllowedHosts() {
    return allowedHosts;
  }

  public void setAllowedHosts(List<String> allowedHosts) {
    this.allowedHosts = new ArrayList<>(allowedHosts);
  }
}
