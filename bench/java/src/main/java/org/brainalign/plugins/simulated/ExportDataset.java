package org.brainalign.plugins.simulated;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.api.dataset.BrainDataset;
import org.brainalign.api.dataset.Responses;
import org.brainalign.api.extension.Options;
import org.brainalign.api.model.ImageSource;
import org.brainalign.api.run.RunContext;
import org.brainalign.plugins.simulated.filter.FilterBank;
import org.brainalign.plugins.simulated.scene.Scene;
import org.brainalign.plugins.simulated.voxel.GlobalFeatures;

/**
 * Writes a simulated dataset as .npy files for the Python check of the known answer
 * ({@code bench/python/simulated_known_answer.py}, {@code bench/run simulated-known-answer}): {@code images.npy} uint8 {@code (n, size, size, 3)},
 * {@code global_features.npy} float64 {@code (n, GlobalFeatures.SIZE)} and, per subject
 * and ROI, {@code <subject>_<roi>.npy} float64 {@code (n, voxels)}. A tool, not a test.
 *
 * <p>Usage: {@code ExportDataset OUT_DIR [key=value ...]} with the dataset's options.
 */
public final class ExportDataset {

  private ExportDataset() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    Map<String, String> raw = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      raw.put(kv[0], kv[1]);
    }
    SimulatedDatasetProvider p = new SimulatedDatasetProvider();
    long start = System.nanoTime();
    try (BrainDataset ds = p.create(Options.parse(p.id(), p.options(), raw))) {
      RunContext ctx = RunContext.quiet(Runtime.getRuntime().availableProcessors());
      for (String subject : ds.subjects()) {
        for (String roi : ds.rois(subject)) {
          Responses r = ds.responses(subject, roi, ctx);
          double[] data = r.data().data().toDense().data();
          ByteBuffer b = ByteBuffer.allocate(data.length * 8).order(ByteOrder.LITTLE_ENDIAN);
          b.asDoubleBuffer().put(data);
          write(out.resolve(subject + "_" + roi + ".npy"), "<f8",
              "(" + r.data().rows() + ", " + r.data().columns() + ")", b.array());
        }
      }
      System.out.printf("responses: %.2f s%n", (System.nanoTime() - start) / 1e9);
      ImageSource images = ds.stimuli(ds.subjects().get(0), ctx);
      int size = images.read(0).width();
      byte[] all = new byte[images.size() * size * size * 3];
      for (int i = 0; i < images.size(); i++) {
        System.arraycopy(images.read(i).pixels(), 0, all, i * size * size * 3, size * size * 3);
      }
      write(out.resolve("images.npy"), "|u1", "(" + images.size() + ", " + size + ", " + size
          + ", 3)", all);
      int n = images.size();
      ByteBuffer f = ByteBuffer.allocate(n * GlobalFeatures.SIZE * 8).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < n; i++) {
        Scene scene = SceneImages.scene(((SimulatedDataset) ds).config(), i);
        for (double v : GlobalFeatures.of(scene, FilterBank.energy(images.read(i)))) {
          f.putDouble(v);
        }
      }
      StringBuilder csv = new StringBuilder("image,x,y,radius,orientation,wavelength,contrast,mix\n");
      for (int i = 0; i < n; i++) {
        for (var patch : SceneImages.scene(((SimulatedDataset) ds).config(), i).patches()) {
          csv.append(i + "," + patch.x() + "," + patch.y() + "," + patch.radius() + "," + patch.orientation() + ","
              + patch.wavelength() + "," + patch.contrast() + "," + patch.mix() + "\n");
        }
      }
      Files.writeString(out.resolve("patches.csv"), csv);
      write(out.resolve("global_features.npy"), "<f8", "(" + n + ", " + GlobalFeatures.SIZE + ")",
          f.array());
    }
    System.out.printf("total: %.2f s%n", (System.nanoTime() - start) / 1e9);
  }

  private static void write(Path file, String dtype, String shape, byte[] body) throws IOException {
    String header = "{'descr': '" + dtype + "', 'fortran_order': False, 'shape': " + shape + ", }";
    int total = 10 + header.length() + 1;
    int pad = (64 - total % 64) % 64;
    header = header + " ".repeat(pad) + "\n";
    try (OutputStream o = Files.newOutputStream(file)) {
      o.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
      o.write(header.length() & 0xff);
      o.write(header.length() >> 8);
      o.write(header.getBytes(StandardCharsets.US_ASCII));
      o.write(body);
    }
  }
}
