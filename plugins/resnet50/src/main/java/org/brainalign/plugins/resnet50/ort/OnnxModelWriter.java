package org.brainalign.plugins.resnet50.ort;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an ONNX model (onnx/onnx.proto, IR version 7, default-domain opset 13) in memory: float32
 * inputs and initializers, nodes in topological order, float32 outputs. Only what a feed-forward
 * vision network needs; ONNX Runtime reads the bytes directly.
 */
final class OnnxModelWriter {
  /** ONNX's IR version for opset 13. */
  private static final int IR_VERSION = 7;
  private static final int OPSET = 13;
  /** TensorProto.DataType FLOAT. */
  private static final int FLOAT = 1;
  /** AttributeProto.AttributeType. */
  private static final int ATTR_FLOAT = 1;
  private static final int ATTR_INT = 2;
  private static final int ATTR_INTS = 7;
  private final Proto graph;
  private final List<Proto> inputs = new ArrayList<>();
  private final List<Proto> outputs = new ArrayList<>();

  /** A node attribute. */
  record Attribute(String name, Proto proto) {}

  /**
   * @param name the graph's name
   * @param weightBytes about how many bytes the initializers will take, so that the graph's buffer
   *     is allocated once
   */
  OnnxModelWriter(String name, long weightBytes) {
    graph = new Proto((int) Math.min(Integer.MAX_VALUE - 8, weightBytes + (1 << 20)));
    graph.string(2, name); // GraphProto.name
  }

  /** Attribute {@code name} holding an integer. */
  static Attribute attr(String name, long value) {
    return new Attribute(name, new Proto().string(1, name).varint(3, value).varint(20, ATTR_INT));
  }

  /** Attribute {@code name} holding a float. */
  static Attribute attr(String name, float value) {
    return new Attribute(name, new Proto().string(1, name).fixed32(2, value).varint(20, ATTR_FLOAT));
  }

  /** Attribute {@code name} holding a list of integers. */
  static Attribute ints(String name, long... values) {
    Proto p = new Proto().string(1, name);
    for (long v : values) {
      p.varint(8, v);
    }
    return new Attribute(name, p.varint(20, ATTR_INTS));
  }

  /**
   * A float32 graph input; a negative dimension is symbolic (named {@code n}, the batch).
   */
  void input(String name, long... dims) {
    inputs.add(valueInfo(name, dims));
  }

  /** A float32 graph output of any shape. */
  void output(String name) {
    outputs.add(valueInfo(name, null));
  }

  /** A constant float32 tensor (row-major). */
  void initializer(String name, long[] dims, float[] values) {
    long size = 1;
    Proto t = new Proto(4 * values.length + 64 + name.length());
    for (long d : dims) {
      t.varint(1, d); // TensorProto.dims
      size *= d;
    }
    if (size != values.length) {
      throw new IllegalArgumentException(name + ": " + values.length + " values for " + size);
    }
    t.varint(2, FLOAT).string(8, name).floats(9, values); // data_type, name, raw_data
    graph.message(5, t); // GraphProto.initializer
  }

  /** A node computing {@code output} with operator {@code op} (default domain). */
  void node(String op, List<String> in, String output, Attribute... attributes) {
    Proto n = new Proto();
    for (String i : in) {
      n.string(1, i);
    }
    n.string(2, output).string(3, output).string(4, op);
    for (Attribute a : attributes) {
      n.message(5, a.proto());
    }
    graph.message(1, n); // GraphProto.node
  }

  /** The serialised ModelProto. */
  byte[] toBytes() {
    for (Proto i : inputs) {
      graph.message(11, i);
    }
    for (Proto o : outputs) {
      graph.message(12, o);
    }
    inputs.clear();
    outputs.clear();
    Proto opset = new Proto().string(1, "").varint(2, OPSET);
    Proto head = new Proto().varint(1, IR_VERSION).string(2, "brainalign");
    // sized exactly (tag and length of a field below 16 take 1 byte, a varint length ≤ 5), so that
    // the model's bytes are its buffer, not a second copy of the weights
    int size = head.size() + 1 + Proto.varintSize(graph.size()) + graph.size() + 1
        + Proto.varintSize(opset.size()) + opset.size();
    return new Proto(size).varint(1, IR_VERSION).string(2, "brainalign").message(7, graph)
        .message(8, opset).toBytes();
  }

  private static Proto valueInfo(String name, long[] dims) {
    Proto tensor = new Proto().varint(1, FLOAT); // TypeProto.Tensor.elem_type
    if (dims != null) {
      Proto shape = new Proto();
      for (long d : dims) {
        shape.message(1, d < 0 ? new Proto().string(2, "n") : new Proto().varint(1, d));
      }
      tensor.message(2, shape);
    }
    return new Proto().string(1, name).message(2, new Proto().message(1, tensor));
  }
}
