package io.h2hdse.workload.onnx;

import ai.onnx.proto.OnnxMl.TensorProto;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads a {@code TensorProto} as a {@link Constant}: always its dims and element type; its values only
 * when they are stored inline and small. External data ({@code data_location = EXTERNAL}) is never
 * opened: weights matter for their dims only.
 */
final class TensorData {
    private static final int FLOAT = 1;
    private static final int UINT8 = 2;
    private static final int INT8 = 3;
    private static final int UINT16 = 4;
    private static final int INT16 = 5;
    private static final int INT32 = 6;
    private static final int INT64 = 7;
    private static final int BOOL = 9;
    private static final int DOUBLE = 11;
    private static final int UINT32 = 12;
    private static final int UINT64 = 13;

    private TensorData() {}

    static Constant read(TensorProto t) {
        long[] dims = t.getDimsList().stream().mapToLong(Long::longValue).toArray();
        int type = t.getDataType();
        boolean integral = isIntegral(type);
        long count = Dims.product(dims);
        if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL || count > Constant.MAX_FOLDED) {
            return new Constant(dims, integral, null);
        }
        return Constant.of(dims, integral, values(t, type, (int) count));
    }

    /** Whether an ONNX element type holds integers (or booleans); unknown types count as real. */
    static boolean isIntegral(int type) {
        return switch (type) {
            case UINT8, INT8, UINT16, INT16, INT32, INT64, BOOL, UINT32, UINT64 -> true;
            default -> false;
        };
    }

    private static double[] values(TensorProto t, int type, int count) {
        double[] v = new double[count];
        if (!t.getRawData().isEmpty()) {
            ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            int size = elementBytes(type);
            if (size == 0 || raw.remaining() != (long) size * count) {
                return null;
            }
            for (int i = 0; i < count; i++) {
                v[i] = switch (type) {
                    case FLOAT -> raw.getFloat();
                    case DOUBLE -> raw.getDouble();
                    case INT64, UINT64 -> raw.getLong();
                    case INT32, UINT32 -> raw.getInt();
                    case INT16 -> raw.getShort();
                    case UINT16 -> raw.getShort() & 0xffff;
                    case INT8 -> raw.get();
                    default -> raw.get() & 0xff;
                };
            }
            return v;
        }
        int stored = switch (type) {
            case FLOAT -> t.getFloatDataCount();
            case DOUBLE -> t.getDoubleDataCount();
            case INT64 -> t.getInt64DataCount();
            case UINT32, UINT64 -> t.getUint64DataCount();
            default -> t.getInt32DataCount();
        };
        if (stored != count || elementBytes(type) == 0) {
            return null;
        }
        for (int i = 0; i < count; i++) {
            v[i] = switch (type) {
                case FLOAT -> t.getFloatData(i);
                case DOUBLE -> t.getDoubleData(i);
                case INT64 -> t.getInt64Data(i);
                case UINT32, UINT64 -> t.getUint64Data(i);
                default -> t.getInt32Data(i);
            };
        }
        return v;
    }

    /** Bytes per element of the types read here; 0 for the others (their values stay unknown). */
    private static int elementBytes(int type) {
        return switch (type) {
            case FLOAT, INT32, UINT32 -> 4;
            case DOUBLE, INT64, UINT64 -> 8;
            case INT16, UINT16 -> 2;
            case UINT8, INT8, BOOL -> 1;
            default -> 0;
        };
    }
}
