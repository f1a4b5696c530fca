package org.brainalign.plugins.resnet50.weights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.testing.ByteMutants;
import org.brainalign.api.testing.SeededFuzz;
import org.brainalign.plugins.resnet50.testing.SafeTensorsWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fuzzes {@link SafeTensors#open} and {@link SafeTensors#floats} with seeded mutants of a small
 * valid file (three float32 tensors): byte-level mutants of the whole file, and JSON-level mutants
 * whose header is re-encoded with a correct length so that forged shapes, offsets and dtypes reach
 * the layout checks. Either every floating tensor reads, or an {@link InvalidInputException} naming
 * the file is thrown; never another exception, a hang, or an out-of-memory error from a forged
 * size. Reproduce with {@code -Dfuzz.seed=<seed> -Dfuzz.mutants=1}.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SafeTensorsFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_261_126L);
  private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 1000);
  /** JSON values a forged number takes. */
  private static final String[] NUMBERS = {"0", "-1", "1", "9223372036854775807",
      "-9223372036854775808", "9223372036854775808", "4294967296", "2147483648", "1.5", "1e300",
      "NaN", "\"7\"", "null", "[]", "{}", "true"};

  @TempDir Path dir;

  private static byte[] valid() {
    Map<String, long[]> shapes = new LinkedHashMap<>();
    shapes.put("conv1.weight", new long[] {2, 3, 1, 1});
    shapes.put("bn1.bias", new long[] {2});
    shapes.put("fc.weight", new long[] {3, 2});
    Map<String, float[]> values = new LinkedHashMap<>();
    values.put("conv1.weight", new float[] {1, 2, 3, 4, 5, 6});
    values.put("bn1.bias", new float[] {-1, 0.5f});
    values.put("fc.weight", new float[] {7, 8, 9, 10, 11, 12});
    return SafeTensorsWriter.bytes(shapes, values);
  }

  @Test
  void seededByteMutantsGiveOnlyTypedErrors() throws IOException {
    byte[] valid = valid();
    int headerEnd = 8 + (int) ByteBuffer.wrap(valid).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
    int[] fields = {0, 1, 4, 7, 8, 9, headerEnd - 1, headerEnd, valid.length - 1};
    int rejected = 0;
    for (int i = 0; i < MUTANTS; i++) {
      long seed = SEED + i;
      ByteMutants.Mutant m = new ByteMutants(valid, fields, headerEnd).next(new Random(seed));
      if (!readsOrRejects(m.bytes(), "seed " + seed + " mutant " + i + ": " + m.description())) {
        rejected++;
      }
    }
    assertThat(rejected).as("seed %d: rejected byte mutants of %d", SEED, MUTANTS)
        .isGreaterThan(MUTANTS / 2);
  }

  /** Numbers, names and brackets of the header JSON replaced, the length prefix kept correct. */
  @Test
  void seededJsonMutantsGiveOnlyTypedErrors() throws IOException {
    byte[] valid = valid();
    int n = (int) ByteBuffer.wrap(valid).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
    String json = new String(valid, 8, n, StandardCharsets.UTF_8);
    byte[] data = Arrays.copyOfRange(valid, 8 + n, valid.length);
    int rejected = 0;
    for (int i = 0; i < MUTANTS; i++) {
      long seed = SEED + i;
      Random rnd = new Random(seed);
      String forged = json;
      StringBuilder what = new StringBuilder();
      for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
        forged = mutateJson(forged, rnd, what);
      }
      byte[] tail = rnd.nextInt(4) == 0 ? Arrays.copyOf(data, rnd.nextInt(data.length + 16)) : data;
      if (!readsOrRejects(file(forged, tail), "seed " + seed + " JSON mutant " + i + ":" + what)) {
        rejected++;
      }
    }
    assertThat(rejected).as("seed %d: rejected JSON mutants of %d", SEED, MUTANTS)
        .isGreaterThan(MUTANTS / 2);
  }

  @Test
  void everyTruncationIsRejected() throws IOException {
    SeededFuzz.everyTruncationRejected("the valid file", valid(), this::readsOrRejects);
  }

  /**
   * Headers whose sizes or types are forged, each followed by {@code dataBytes} zero bytes; the
   * last column says whether the file must read or be rejected. Regression (found while fuzzing):
   * a fractional shape or offset ({@code 1.5}, {@code 4.5}) was truncated to a whole number, and a
   * quoted one ({@code "1"}) parsed, so such headers were accepted.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[9223372036854775807],\"data_offsets\":[0,4]}} ; 4 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[4611686018427387904,4],\"data_offsets\":[0,0]}} ; 0 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[536870912],\"data_offsets\":[0,2147483648]}} ; 4 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[9223372036854775807,-9223372036854775805]}} ; 4 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[-4,0]}} ; 4 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,4]}} ; 4 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[-1,-4],\"data_offsets\":[0,16]}} ; 16 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[1e30],\"data_offsets\":[0,4]}} ; 4 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4,8]}} ; 8 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,0]}} ; 4 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}} ; 8 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}} ; 8 ; rejects",
      "{\"a\":{\"dtype\":\"C64\",\"shape\":[1],\"data_offsets\":[0,8]}} ; 8 ; rejects",
      "{\"a\":{\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[0,8]}} ; 8 ; reads",
      "{\"a\":{\"dtype\":\"F16\",\"shape\":[3],\"data_offsets\":[0,6]}} ; 6 ; reads",
      "{\"a\":{\"dtype\":\"BF16\",\"shape\":[],\"data_offsets\":[0,2]}} ; 2 ; reads",
      "{\"a\":{\"dtype\":\"F64\",\"shape\":[0],\"data_offsets\":[0,0]}} ; 0 ; reads",
      "{\"a\":{\"dtype\":null,\"shape\":null,\"data_offsets\":null}} ; 0 ; rejects",
      "{\"a\":[]} ; 0 ; rejects",
      "{\"__metadata__\":[1,2]} ; 0 ; reads",
      "[1,2,3] ; 0 ; rejects",
      "\"just a string\" ; 0 ; rejects",
      "{\"a\": ; 0 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[1.5],\"data_offsets\":[0,4]}} ; 4 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4.5]}} ; 4 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[\"1\"],\"data_offsets\":[0,4]}} ; 4 ; rejects",
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[1.0],\"data_offsets\":[0,4]}} ; 4 ; reads",
  })
  void forgedHeadersAreRejectedOrRead(String json, int dataBytes, String outcome)
      throws IOException {
    assertThat(readsOrRejects(file(json, new byte[dataBytes]), "forged " + json)).as(json)
        .isEqualTo(outcome.equals("reads"));
  }

  @Test
  void forgedLengthPrefixesAreRejectedBeforeAllocating() throws IOException {
    byte[] valid = valid();
    for (long n : new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, SafeTensors.MAX_HEADER + 1,
        valid.length - 7, 0xFFFF_FFFFL, Integer.MAX_VALUE + 1L}) {
      byte[] b = valid.clone();
      ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(0, n);
      assertThat(readsOrRejects(b, "length prefix " + n)).as("length prefix %d", n).isFalse();
    }
  }

  @Test
  void deeplyNestedHeaderIsRejected() throws IOException {
    String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThat(readsOrRejects(file(deep, new byte[0]), "nested 100000 deep")).isFalse();
  }

  /** Replaces one token of {@code json}: a number, a string or a bracket. */
  private static String mutateJson(String json, Random rnd, StringBuilder what) {
    switch (rnd.nextInt(4)) {
      case 0, 1 -> {
        // a number (shape or offset) forged
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+").matcher(json);
        int count = (int) m.results().count();
        if (count == 0) {
          return json;
        }
        m.reset();
        int pick = rnd.nextInt(count);
        for (int i = 0; i <= pick; i++) {
          m.find();
        }
        String value = rnd.nextInt(4) == 0 ? Long.toString(rnd.nextLong())
            : NUMBERS[rnd.nextInt(NUMBERS.length)];
        what.append(" number ").append(m.group()).append(" at ").append(m.start()).append(" -> ")
            .append(value);
        return json.substring(0, m.start()) + value + json.substring(m.end());
      }
      case 2 -> {
        String[] from = {"F32", "dtype", "shape", "data_offsets", "conv1.weight", "__metadata__"};
        String[] to = {"F16", "BF16", "F64", "I64", "U8", "BOOL", "f32", "X", "", "shape",
            "dtype", "data_offsets", "fc.weight"};
        String a = from[rnd.nextInt(from.length)];
        String b = to[rnd.nextInt(to.length)];
        what.append(" name '").append(a).append("' -> '").append(b).append('\'');
        return json.replaceFirst(java.util.regex.Pattern.quote(a), b);
      }
      default -> {
        String brackets = "{}[],:\"";
        int at = rnd.nextInt(json.length());
        char c = brackets.charAt(rnd.nextInt(brackets.length()));
        boolean delete = rnd.nextBoolean();
        what.append(delete ? " delete char " : " insert '" + c + "' at ").append(at);
        return delete ? json.substring(0, at) + json.substring(at + 1)
            : json.substring(0, at) + c + json.substring(at);
      }
    }
  }

  /** A safetensors file with header {@code json} (length prefix correct) and {@code data}. */
  private static byte[] file(String json, byte[] data) {
    byte[] header = json.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(8 + header.length + data.length).order(ByteOrder.LITTLE_ENDIAN)
        .putLong(header.length).put(header).put(data).array();
  }

  /**
   * Writes {@code bytes} to a fresh file, opens it and reads every floating-point tensor.
   *
   * @return true when read, false when rejected with a typed error naming the file
   */
  private boolean readsOrRejects(byte[] bytes, String what) throws IOException {
    return SeededFuzz.readsOrRejects(dir, ".safetensors", bytes, what, file -> {
      SafeTensors st = SafeTensors.open(file);
      for (TensorEntry e : st.entries().values()) {
        if (e.dtype().isFloating()) {
          assertThat(st.floats(e.name())).as(what).hasSize((int) e.elements());
        }
      }
    });
  }
}
