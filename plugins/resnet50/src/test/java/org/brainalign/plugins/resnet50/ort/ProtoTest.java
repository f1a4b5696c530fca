package org.brainalign.plugins.resnet50.ort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The wire format against the examples of https://protobuf.dev/programming-guides/encoding/. */
class ProtoTest {
  @Test
  void varintsAreLittleEndianBase128() {
    assertThat(new Proto().varint(1, 150).toBytes()).containsExactly(0x08, 0x96, 0x01);
    assertThat(new Proto().varint(1, 1).toBytes()).containsExactly(0x08, 0x01);
    // int64 -1: ten bytes, two's complement
    assertThat(new Proto().varint(2, -1).toBytes()).containsExactly(0x10, 0xff, 0xff, 0xff, 0xff,
        0xff, 0xff, 0xff, 0xff, 0xff, 0x01);
    // field 20 needs a two-byte tag: (20 << 3) | 0 = 160
    assertThat(new Proto().varint(20, 7).toBytes()).containsExactly(0xa0, 0x01, 0x07);
  }

  @Test
  void lengthDelimitedFieldsCarryTheirLength() {
    assertThat(new Proto().string(2, "testing").toBytes())
        .containsExactly(0x12, 0x07, 0x74, 0x65, 0x73, 0x74, 0x69, 0x6e, 0x67);
    assertThat(new Proto().message(3, new Proto().varint(1, 150)).toBytes())
        .containsExactly(0x1a, 0x03, 0x08, 0x96, 0x01);
  }

  @Test
  void varintSizesAndAnExactlyFullMessageIsNotCopied() {
    assertThat(Proto.varintSize(0)).isEqualTo(1);
    assertThat(Proto.varintSize(127)).isEqualTo(1);
    assertThat(Proto.varintSize(128)).isEqualTo(2);
    assertThat(Proto.varintSize(1L << 28)).isEqualTo(5);
    Proto exact = new Proto(3).varint(1, 150);
    assertThat(exact.toBytes()).isSameAs(exact.toBytes());
    Proto roomy = new Proto(8).varint(1, 150);
    assertThat(roomy.toBytes()).containsExactly(0x08, 0x96, 0x01).isNotSameAs(roomy.toBytes());
  }

  @Test
  void floatsAreLittleEndianIeee() {
    // 1.0f = 0x3f800000
    assertThat(new Proto().fixed32(2, 1f).toBytes()).containsExactly(0x15, 0x00, 0x00, 0x80, 0x3f);
    assertThat(new Proto().floats(9, new float[] {1f, -2f}).toBytes())
        .containsExactly(0x4a, 0x08, 0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x00, 0xc0);
  }
}
