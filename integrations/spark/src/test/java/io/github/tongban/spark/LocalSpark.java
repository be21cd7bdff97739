package io.github.tongban.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] Spark session for the module's tests, small and quiet (no UI, two shuffle partitions). */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder().master("local[2]").appName("tongban-spark-tests")
          .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
          .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
    }
    return session;
  }
}
