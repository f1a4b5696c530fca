package org.brainalign.plugins.nsd.nifti;

import org.brainalign.support.nifti.NiftiReader;
import org.brainalign.support.nifti.NiftiVolume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.brainalign.api.DataFormatException;
import org.brainalign.api.InvalidInputException;
import org.brainalign.plugins.nsd.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader against nibabel-written files (nifti/*.nii*, values in nifti/*.csv). */
class NiftiReaderTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"int16.nii", "float32.nii.gz", "float64_be.nii", "int32_be.nii.gz",
      "uint8.nii.gz", "int8.nii", "scaled_int16.nii", "extension.nii", "4d.nii"})
  void readsWhatNibabelWrote(String name) {
    List<String> lines = Fixtures.lines("nifti/" + name + ".csv");
    // "# dims=4,3,2 datatype=4 endian=<"
    String[] meta = lines.get(0).substring(2).split(" ");
    int[] dims = Arrays.stream(meta[0].substring(5).split(",")).mapToInt(Integer::parseInt).toArray();
    int datatype = Integer.parseInt(meta[1].substring(9));
    ByteOrder order = meta[2].endsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;

    NiftiVolume v = NiftiReader.read(Fixtures.resource("nifti/" + name));

    assertThat(v.dims()).containsExactly(dims);
    assertThat(v.dataType().code()).isEqualTo(datatype);
    assertThat(v.byteOrder()).isEqualTo(order);
    double[] want = lines.stream().skip(1).mapToDouble(Double::parseDouble).toArray();
    assertThat(v.data()).containsExactly(want);
  }

  @Test
  void scaledValuesApplySlopeAndIntercept() {
    NiftiVolume raw = NiftiReader.read(Fixtures.resource("nifti/int16.nii"));
    NiftiVolume scaled = NiftiReader.read(Fixtures.resource("nifti/scaled_int16.nii"));
    // int16.nii holds base*100, scaled_int16.nii holds base with slope 0.5, inter -3
    for (int i = 0; i < raw.data().length; i++) {
      assertThat(scaled.data()[i]).isEqualTo(raw.data()[i] / 100 * 0.5 - 3);
    }
  }

  @Test
  void grid3PadsAndRejectsTime() {
    assertThat(NiftiReader.read(Fixtures.resource("nifti/int16.nii")).grid3()).containsExactly(4, 3, 2);
    assertThat(NiftiReader.read(Fixtures.resource("nifti/4d.nii")).grid3()).isNull();
  }

  @Test
  void missingFileIsInvalidInput() {
    assertThatThrownBy(() -> NiftiReader.read(tmp.resolve("none.nii.gz")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("none.nii.gz");
  }

  @Test
  void truncatedHeader() throws IOException {
    Path f = write("short.nii", Arrays.copyOf(bytes("int16.nii"), 200));
    assertThatThrownBy(() -> NiftiReader.read(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("truncated header").hasMessageContaining("found 200");
  }

  @Test
  void truncatedData() throws IOException {
    byte[] b = bytes("int16.nii");
    Path f = write("cut.nii", Arrays.copyOf(b, b.length - 10));
    assertThatThrownBy(() -> NiftiReader.read(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("truncated").hasMessageContaining("48 bytes");
  }

  @Test
  void truncatedGzipData() throws IOException {
    byte[] b = bytes("int16.nii");
    Path f = write("cut.nii.gz", gzip(Arrays.copyOf(b, b.length - 10)));
    assertThatThrownBy(() -> NiftiReader.read(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void cutGzipStream() throws IOException {
    byte[] gz = bytes("float32.nii.gz");
    Path f = write("cut.nii.gz", Arrays.copyOf(gz, gz.length / 2));
    assertThatThrownBy(() -> NiftiReader.read(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("cut.nii.gz");
  }

  @Test
  void forgedHugeDimsAreRejectedBeforeAllocating() throws IOException {
    byte[] b = bytes("int16.nii");
    ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    h.putShort(40, (short) 7);
    for (int d = 0; d < 7; d++) {
      h.putShort(42 + 2 * d, (short) 30000);
    }
    Path f = write("huge.nii", b);
    assertThatThrownBy(() -> NiftiReader.read(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("more than");
    Path g = write("huge.nii.gz", gzip(b));
    assertThatThrownBy(() -> NiftiReader.read(g)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("more than");
  }

  @Test
  void forgedSizeWithinLimitsFailsOnTheFileNotOnMemory() throws IOException {
    byte[] b = bytes("int16.nii");
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putShort(42, (short) 30000)
        .putShort(44, (short) 30000).putShort(46, (short) 2);
    Path f = write("big.nii", b);
    assertThatThrownBy(() -> NiftiReader.read(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("truncated").hasMessageContaining("3600000000 bytes");
    // compressed: the size cannot be checked up front, so the buffer grows only with real data
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putShort(44, (short) 1000);
    Path g = write("big.nii.gz", gzip(b));
    assertThatThrownBy(() -> NiftiReader.read(g)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("truncated").hasMessageContaining("120000000 bytes");
  }

  @Test
  void corruptFields() throws IOException {
    assertCorrupt(h -> h.putShort(40, (short) 0), "dim[0]");
    assertCorrupt(h -> h.putShort(44, (short) -3), "dim[2] must be positive");
    assertCorrupt(h -> h.putShort(70, (short) 1536), "datatype 1536 is not supported");
    assertCorrupt(h -> h.putShort(72, (short) 8), "bitpix must be 16");
    assertCorrupt(h -> h.putFloat(108, 100f), "vox_offset");
    assertCorrupt(h -> h.putFloat(108, Float.NaN), "vox_offset");
    assertCorrupt(h -> h.put(344, (byte) 'x'), "magic");
    assertCorrupt(h -> h.put(345, (byte) 'i'), "two-file");
    assertCorrupt(h -> h.putInt(0, 540), "NIfTI-2");
    assertCorrupt(h -> h.putInt(0, 12345), "sizeof_hdr");
  }

  private void assertCorrupt(java.util.function.Consumer<ByteBuffer> damage, String message)
      throws IOException {
    byte[] b = bytes("int16.nii");
    damage.accept(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN));
    Path f = write("bad.nii", b);
    assertThatThrownBy(() -> NiftiReader.read(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining(message).hasMessageContaining("bad.nii");
  }

  private static byte[] bytes(String name) throws IOException {
    return Files.readAllBytes(Fixtures.resource("nifti/" + name));
  }

  private Path write(String name, byte[] b) throws IOException {
    Path f = tmp.resolve(name);
    Files.write(f, b);
    return f;
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }
}
