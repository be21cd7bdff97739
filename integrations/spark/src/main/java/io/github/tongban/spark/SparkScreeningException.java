package io.github.tongban.spark;

import io.github.tongban.core.TongbanException;

/**
 * A Spark screening that cannot start or go on as configured: the catalogue is not valid or is not
 * the version the driver planned with, an item is unknown, or a column the job needs is missing.
 * A bad resident is never this: it becomes a rejected row.
 */
public final class SparkScreeningException extends TongbanException {
  private static final long serialVersionUID = 1L;

  SparkScreeningException(String message) {
    super(message);
  }
}
