package io.github.tongban.examples.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand over a socket, for what {@code HttpClient} will not send (another Host,
 * a partial request): one request, {@code Connection: close}, the answer read to its end.
 */
final class RawHttp {
  /** An answer: status, headers (names in lower case, the last of each), body. */
  record Answer(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  private RawHttp() {}

  /** Sends {@code request} (the head, lines ending in CRLF, then any body) and reads the whole answer. */
  static Answer send(int port, String request) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(30_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().flush();
      return parse(s.getInputStream());
    }
  }

  /** A request: {@code method path}, the given Host and headers, and the body with its length. */
  static String request(String method, String path, String host, Map<String, String> headers, String body) {
    StringBuilder out = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(host).append("\r\n");
    headers.forEach((k, v) -> out.append(k).append(": ").append(v).append("\r\n"));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0 || method.equals("POST")) {
      out.append("Content-Length: ").append(bytes.length).append("\r\n");
    }
    return out.append("Connection: close\r\n\r\n").append(body).toString();
  }

  private static Answer parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String body = end < 0 ? "" : text.substring(end + 4);
    String[] lines = head.split("\r\n");
    int status = lines[0].isEmpty() ? -1 : Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
      }
    }
    if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
      body = unchunk(body);
    }
    return new Answer(status, headers, body);
  }

  private static String unchunk(String body) {
    StringBuilder out = new StringBuilder();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    int at = 0;
    while (at < bytes.length) {
      int eol = indexOf(bytes, at);
      int size = Integer.parseInt(new String(bytes, at, eol - at, StandardCharsets.US_ASCII).strip(), 16);
      if (size == 0) {
        break;
      }
      out.append(new String(bytes, eol + 2, size, StandardCharsets.UTF_8));
      at = eol + 2 + size + 2;
    }
    return out.toString();
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return bytes.length;
  }
}
