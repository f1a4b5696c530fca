package org.brainalign.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brainalign.formats.json.JsonFiles;
import org.brainalign.identification.Criterion;
import org.brainalign.identification.Identification;
import org.brainalign.identification.IdentificationColumns;

/**
 * Writes a small synthetic study folder the way {@code brainalign run} does: 2 subjects × 2 ROIs
 * ({@code early}, {@code late}) × 4 layers × (unreduced + channel and spatial sweeps of
 * {@code layer2}) × 2 metrics ({@code cross-decomposition} with spectra, {@code rsa} scores only).
 *
 * <p>Known answers: the best layer is {@code layer1} for {@code early} and {@code layer3} for
 * {@code late}; Spearman's ρ between the two metrics' layer orderings is 0.4 for {@code early}
 * (cross-decomposition ranks 2,4,3,1 vs rsa 1,4,2,3) and 1 for {@code late}.
 */
public final class SyntheticStudy {
  public static final List<String> LAYERS = List.of("conv1", "layer1", "layer2", "layer3");
  public static final List<String> ROIS = List.of("early", "late");
  /** Shared dimensionality per layer (the cross-decomposition score). */
  static final Map<String, double[]> CD_SCORE = Map.of("early", new double[] {20, 40, 30, 10},
      "late", new double[] {5, 10, 25, 45});
  static final Map<String, double[]> RSA_SCORE = Map.of("early",
      new double[] {0.1, 0.3, 0.2, 0.25}, "late", new double[] {0.05, 0.1, 0.2, 0.3});
  public static final String WARNING = "ResNet50 ran with RANDOM weights (random:0), not ImageNet";
  public static final String STUDY_FILE = "name: synthetic\n# layers <conv1 & layer1..3>\n"
      + "model: resnet50\n";
  static final int RANKS = 120;
  static final int[] DIMS = {8, 32};

  private SyntheticStudy() {}

  public static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    StringBuilder spectra = new StringBuilder("dataset,subject,roi,model,layer,layer_index,reducer,"
        + "reducer_axis,reducer_dim,metric,rank,correlation,correlation_sd,singular_value,"
        + "null_quantile,reliable\n");
    StringBuilder scores = new StringBuilder("dataset,subject,roi,model,layer,layer_index,reducer,"
        + "reducer_axis,reducer_dim,metric,score,score_name,higher_is_better,"
        + "shared_dimensionality,correlation_rank1,spectrum_slope,n_stimuli,n_units,n_voxels\n");
    for (int subject = 1; subject <= 2; subject++) {
      for (String roi : ROIS) {
        for (int l = 0; l < LAYERS.size(); l++) {
          double cd = CD_SCORE.get(roi)[l];
          cell(spectra, scores, subject, roi, l, "none", "none", "", cd / 100, cd);
          scores.append(cellText(subject, roi, l, "none", "none", ""))
              .append(",rsa,").append(RSA_SCORE.get(roi)[l])
              .append(",spearman,true,,,,100,2048,300\n");
          if (l == 2) {
            for (int dim : DIMS) {
              // Spatial reduction hurts early more, channel reduction hurts late more.
              double spatial = roi.equals("early") ? dim / 64.0 : 0.9;
              double channel = roi.equals("early") ? 0.9 : dim / 64.0;
              cell(spectra, scores, subject, roi, l, spec("spatial", dim), "spatial",
                  Integer.toString(dim), spatial * cd / 100, Math.round(spatial * cd));
              cell(spectra, scores, subject, roi, l, spec("channel", dim), "channel",
                  Integer.toString(dim), channel * cd / 100, Math.round(channel * cd));
            }
          }
        }
      }
    }
    Files.writeString(dir.resolve("spectra.csv"), spectra);
    Files.writeString(dir.resolve("scores.csv"), scores);
    JsonFiles.write(dir.resolve("study.json"), Map.of("name", "synthetic-test",
        "study", Map.of("model", "resnet50", "layers", LAYERS),
        "study_file", STUDY_FILE,
        "versions", Map.of("brainalign", "0.1.0-SNAPSHOT", "java", "17"),
        "inputs", Map.of("weights", Map.of("sha256", "ab12cd")),
        "timings", Map.of("total_seconds", 12.5),
        "warnings", List.of(WARNING)));
    return dir;
  }

  /**
   * Adds an {@code identification.csv} as a surrogate study over a subject grid would write it:
   * subjects at reliability 0.3 and 0.8 × 60 and 240 images; {@code early}'s true layer layer1,
   * {@code late}'s layer4, which the study lacks (a noted row). Cross-decomposition identifies
   * {@code early} except at reliability 0.3 with 60 images (rank 2); rsa only at reliability 0.8
   * (rank 3 otherwise).
   */
  public static void writeIdentification(Path dir) {
    List<IdentificationColumns.Row> rows = new ArrayList<>();
    for (double reliability : new double[] {0.3, 0.8}) {
      for (int images : new int[] {60, 240}) {
        String subject = "r" + reliability + "-n" + images + "-subj01";
        for (String metric : List.of("cross-decomposition", "rsa")) {
          boolean cd = metric.equals("cross-decomposition");
          int rank = cd ? (reliability < 0.5 && images < 100 ? 2 : 1) : reliability > 0.5 ? 1 : 3;
          Criterion criterion = cd ? Criterion.LEADING_CORRELATION : Criterion.SCORE;
          rows.add(new IdentificationColumns.Row("synthetic", subject, "early", metric, "layer1", "",
              "local", reliability, images, LAYERS.size(), rank, 0, rank == 1, criterion,
              rank == 1 ? "layer1" : "conv1", null, ""));
          rows.add(new IdentificationColumns.Row("synthetic", subject, "late", metric, "layer4",
              "avgpool", "pooled", reliability, images, LAYERS.size(), null, null, null, criterion,
              "layer3", null, "the true layer layer4 is not among the study's layers"));
        }
      }
    }
    Identification.write(rows, dir);
  }

  /** Leading reliable ranks of each subject's within-subject reference, per ROI. */
  static final Map<String, Integer> WITHIN_DIMS = Map.of("early", 60, "late", 30);
  /** Leading reliable ranks of the pair subj01+subj02's between-subject reference, per ROI. */
  static final Map<String, Integer> BETWEEN_DIMS = Map.of("early", 50, "late", 20);
  static final double REFERENCE_NULL = 0.03;

  /**
   * Adds reference spectra as a study with {@code references: [within-subject, between-subject]}
   * writes them: {@code references.csv} (unless {@code file} is false) and one
   * {@code model = reference} row per reference appended to {@code scores.csv}. Each subject's
   * within-subject reference is 0.8 · rank^-0.3 (× 1.05 for subj02), reliable for the leading
   * {@link #WITHIN_DIMS} ranks; the pair's between-subject one 0.6 · rank^-0.3, reliable for the
   * leading {@link #BETWEEN_DIMS}. Known answers: early's best layer layer1 (40) is 0.67 of its
   * within-subject reference (60), late's layer3 (45) is 1.50 of its (30).
   */
  public static void writeReferences(Path dir, boolean file) throws IOException {
    StringBuilder refs = new StringBuilder("dataset,subject,subject_b,roi,kind,rank,correlation,"
        + "correlation_sd,singular_value,null_quantile,reliable\n");
    StringBuilder scores = new StringBuilder();
    for (String roi : ROIS) {
      for (int subject = 1; subject <= 2; subject++) {
        reference(refs, scores, "subj0" + subject, "", roi, "within-subject",
            0.8 * (1 + 0.05 * (subject - 1)), WITHIN_DIMS.get(roi));
      }
      reference(refs, scores, "subj01", "subj02", roi, "between-subject", 0.6,
          BETWEEN_DIMS.get(roi));
    }
    if (file) {
      Files.writeString(dir.resolve("references.csv"), refs);
    }
    Files.writeString(dir.resolve("scores.csv"), scores, java.nio.file.StandardOpenOption.APPEND);
  }

  private static void reference(StringBuilder refs, StringBuilder scores, String a, String b,
      String roi, String kind, double amplitude, int dims) {
    for (int rank = 1; rank <= RANKS; rank++) {
      double r = amplitude * Math.pow(rank, -0.3);
      refs.append(String.format(Locale.ROOT, "synthetic,%s,%s,%s,%s,%d,%.17g,%.17g,%.17g,%s,%s\n",
          a, b, roi, kind, rank, r, 0.05 * r, 20.0 / rank, REFERENCE_NULL, rank <= dims));
    }
    scores.append("synthetic,").append(b.isEmpty() ? a : a + "+" + b).append(',').append(roi)
        .append(",reference,").append(kind).append(",,none,,,cross-decomposition,").append(dims)
        .append(",shared_dimensionality,true,").append(dims).append(',')
        .append(String.format(Locale.ROOT, "%.17g", amplitude)).append(",-0.3,100,300,300\n");
  }

  static String spec(String axis, int dim) {
    return "\"sparse-random-projection:axis=" + axis + ",dim=" + dim + "\"";
  }

  private static String cellText(int subject, String roi, int layer, String reducer, String axis,
      String dim) {
    return "synthetic,subj0" + subject + "," + roi + ",resnet50," + LAYERS.get(layer) + ","
        + layer + "," + reducer + "," + axis + "," + dim;
  }

  private static void cell(StringBuilder spectra, StringBuilder scores, int subject, String roi,
      int layer, String reducer, String axis, String dim, double amplitude, double score) {
    String c = cellText(subject, roi, layer, reducer, axis, dim);
    for (int rank = 1; rank <= RANKS; rank++) {
      double r = amplitude * (1 + 0.05 * subject) * Math.pow(rank, -0.5);
      if (rank > 100) {
        r *= rank % 2 == 0 ? 0.2 : -0.2;  // the noisy tail: negative values are gaps on log axes
      }
      spectra.append(c).append(",cross-decomposition,").append(rank).append(',')
          .append(String.format(Locale.ROOT, "%.17g,%.17g,%.17g,%.17g,%s", r, 0.1 * Math.abs(r),
              10.0 / rank, 0.02, r > 0.02)).append('\n');
    }
    scores.append(c).append(",cross-decomposition,").append(score)
        .append(",shared_dimensionality,true,").append(score).append(",0.5,-0.5,100,2048,300\n");
  }
}
