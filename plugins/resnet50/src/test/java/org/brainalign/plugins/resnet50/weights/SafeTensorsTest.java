package org.brainalign.plugins.resnet50.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brainalign.api.DataFormatException;
import org.brainalign.plugins.resnet50.network.ResNet50Layout;
import org.brainalign.plugins.resnet50.testing.SafeTensorsWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeTensorsTest {
  @TempDir Path dir;

  private Path small() {
    Map<String, long[]> shapes = new LinkedHashMap<>();
    shapes.put("a", new long[] {2, 3});
    shapes.put("b", new long[] {4});
    Map<String, float[]> values = new LinkedHashMap<>();
    values.put("a", new float[] {1, 2, 3, 4, 5, 6});
    values.put("b", new float[] {-1, 0.5f, 7, 8});
    return SafeTensorsWriter.write(dir.resolve("small.safetensors"), shapes, values);
  }

  @Test
  void readsShapesAndValues() {
    SafeTensors st = SafeTensors.open(small());
    assertThat(st.entries()).containsOnlyKeys("a", "b");
    assertThat(st.entries().get("a").shape()).containsExactly(2, 3);
    assertThat(st.floats("b")).containsExactly(-1, 0.5f, 7, 8);
  }

  @Test
  void truncatedFileIsReportedAsTruncated() throws IOException {
    Path f = small();
    byte[] all = Files.readAllBytes(f);
    Files.write(f, Arrays.copyOf(all, all.length - 4));
    assertThatThrownBy(() -> SafeTensors.open(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("truncated").hasMessageContaining(f.toString());
  }

  @Test
  void garbageIsNotASafetensorsFile() throws IOException {
    Path f = dir.resolve("page.safetensors");
    Files.writeString(f, "<html><body>Not found</body></html>");
    assertThatThrownBy(() -> SafeTensors.open(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("not a safetensors file");
  }

  @Test
  void headerWithWrongSizesIsRejected() throws IOException {
    String json = "{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}";
    Path f = withHeader(json, 8);
    assertThatThrownBy(() -> SafeTensors.open(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("'a'").hasMessageContaining("needs 12");
  }

  @Test
  void gapsBetweenTensorsAreRejected() throws IOException {
    String json = "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
        + "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}";
    Path f = withHeader(json, 12);
    assertThatThrownBy(() -> SafeTensors.open(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("'b' starts at byte 8, expected 4");
  }

  @Test
  void invalidJsonIsRejected() throws IOException {
    Path f = withHeader("{\"a\": [", 0);
    assertThatThrownBy(() -> SafeTensors.open(f)).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void halfAndBfloatConvert() throws IOException {
    String json = "{\"h\":{\"dtype\":\"F16\",\"shape\":[3],\"data_offsets\":[0,6]},"
        + "\"b\":{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[6,10]}}";
    ByteBuffer data = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
    data.putShort((short) 0x3c00).putShort((short) 0xc000).putShort((short) 0x0001); // 1, -2, 2^-24
    data.putShort((short) 0x3f80).putShort((short) 0x4049); // 1, 3.140625
    Path f = withHeader(json, 10, data.array());
    SafeTensors st = SafeTensors.open(f);
    assertThat(st.floats("h")).containsExactly(1f, -2f, 0x1p-24f);
    assertThat(st.floats("b")).containsExactly(1f, 3.140625f);
  }

  @Test
  void weightsOfAnotherShapeAreRefusedByName() {
    Map<String, long[]> layout = new LinkedHashMap<>(ResNet50Layout.parameters());
    Map<String, long[]> shapes = Map.of("conv1.weight", new long[] {64, 3, 3, 3});
    Map<String, float[]> values = Map.of("conv1.weight", new float[64 * 27]);
    Path f = SafeTensorsWriter.write(dir.resolve("r18.safetensors"), shapes, values);
    assertThatThrownBy(() -> Weights.read(SafeTensors.open(f), layout, Map.of()))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("conv1.weight").hasMessageContaining("[64, 3, 7, 7]");
    Path g = SafeTensorsWriter.write(dir.resolve("other.safetensors"), Map.of("x", new long[] {1}),
        Map.of("x", new float[1]));
    assertThatThrownBy(() -> Weights.read(SafeTensors.open(g), layout, Map.of()))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("torchvision key names");
  }

  private Path withHeader(String json, int dataBytes) throws IOException {
    return withHeader(json, dataBytes, new byte[dataBytes]);
  }

  private Path withHeader(String json, int dataBytes, byte[] data) throws IOException {
    byte[] h = json.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(8 + h.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(h.length).put(h).put(data, 0, dataBytes);
    Path f = Files.createTempFile(dir, "t", ".safetensors");
    Files.write(f, b.array());
    return f;
  }

  @Test
  void aMissingOrUnreadableFileIsATypedErrorNamingIt() throws IOException {
    Path missing = dir.resolve("gone.safetensors");
    assertThatThrownBy(() -> SafeTensors.open(missing))
        .isInstanceOf(org.brainalign.api.InvalidInputException.class)
        .hasMessageContaining("gone.safetensors").hasMessageContaining("no such file");
    Path folder = Files.createDirectories(dir.resolve("folder.safetensors"));
    assertThatThrownBy(() -> SafeTensors.open(folder))
        .isInstanceOf(org.brainalign.api.InvalidInputException.class)
        .hasMessageContaining("folder.safetensors");
  }
}
