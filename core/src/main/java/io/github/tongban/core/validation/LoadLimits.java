package io.github.tongban.core.validation;

/**
 * The caps that keep a hostile or mistaken catalogue from exhausting the machine. Every cap is
 * checked while reading, so a file over a cap is refused quickly with a located problem.
 *
 * @param maxFileBytes the largest file read, in bytes
 * @param maxFiles the most files a catalogue may hold
 * @param maxDepth the deepest nesting of mappings and sequences in one file
 * @param maxNodesPerFile the most scalars, mappings and sequences in one file
 * @param maxStringLength the longest string value, in characters
 * @param maxProblemsPerFile the most problems reported for one file before it is given up
 * @param maxConditionDepth the deepest nesting of {@code all}/{@code any}/{@code not} in one condition
 * @param maxConditionLeaves the most leaves in one condition
 * @param maxProblems the most problems reported for the whole catalogue; the rest are counted in
 *     one last problem, {@code catalogue.more-problems}
 */
public record LoadLimits(
    long maxFileBytes,
    int maxFiles,
    int maxDepth,
    int maxNodesPerFile,
    int maxStringLength,
    int maxProblemsPerFile,
    int maxConditionDepth,
    int maxConditionLeaves,
    int maxProblems) {

  /** The defaults: 2 MiB files, 100,000 files, depth 64, 200,000 nodes, 20,000-character strings,
   * 100 problems a file, conditions 8 deep with 64 leaves. */
  public static final LoadLimits DEFAULTS = new LoadLimits(2L << 20, 100_000, 64, 200_000, 20_000, 100, 8, 64, 1_000);

  public LoadLimits {
    positive("maxFileBytes", maxFileBytes);
    positive("maxFiles", maxFiles);
    positive("maxDepth", maxDepth);
    positive("maxNodesPerFile", maxNodesPerFile);
    positive("maxStringLength", maxStringLength);
    positive("maxProblemsPerFile", maxProblemsPerFile);
    positive("maxConditionDepth", maxConditionDepth);
    positive("maxConditionLeaves", maxConditionLeaves);
    positive("maxProblems", maxProblems);
  }

  /** These limits with another condition depth cap. */
  public LoadLimits withMaxConditionDepth(int depth) {
    return new LoadLimits(maxFileBytes, maxFiles, maxDepth, maxNodesPerFile, maxStringLength, maxProblemsPerFile, depth, maxConditionLeaves, maxProblems);
  }

  /** These limits with another condition leaf cap. */
  public LoadLimits withMaxConditionLeaves(int leaves) {
    return new LoadLimits(maxFileBytes, maxFiles, maxDepth, maxNodesPerFile, maxStringLength, maxProblemsPerFile, maxConditionDepth, leaves, maxProblems);
  }

  /** These limits with another file size cap. */
  public LoadLimits withMaxFileBytes(long bytes) {
    return new LoadLimits(bytes, maxFiles, maxDepth, maxNodesPerFile, maxStringLength, maxProblemsPerFile, maxConditionDepth, maxConditionLeaves, maxProblems);
  }

  /** These limits with another cap on the files of a folder. */
  public LoadLimits withMaxFiles(int files) {
    return new LoadLimits(maxFileBytes, files, maxDepth, maxNodesPerFile, maxStringLength, maxProblemsPerFile, maxConditionDepth, maxConditionLeaves, maxProblems);
  }

  /** These limits with another cap on the problems reported in all. */
  public LoadLimits withMaxProblems(int problems) {
    return new LoadLimits(maxFileBytes, maxFiles, maxDepth, maxNodesPerFile, maxStringLength, maxProblemsPerFile, maxConditionDepth, maxConditionLeaves, problems);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException("%s must be positive, was %d".formatted(name, value));
    }
  }
}
