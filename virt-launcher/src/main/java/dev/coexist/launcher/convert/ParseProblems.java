package dev.coexist.launcher.convert;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a failure to read a VM or VMI document (an unknown enum value such as disk bus {@code
 * floppy}, a string where a number belongs) into the converter's error model, so bad input reads
 * the same whether the parser or the converter found it: {@code
 * spec.domain.devices.disks[0].disk.bus: unsupported value "floppy" (supported: virtio, sata, scsi,
 * usb)}.
 */
public final class ParseProblems {
  private ParseProblems() {}

  /** The problem the parse error describes, with its field path. */
  public static Problem of(JsonMappingException e) {
    String field = path(e);
    if (e instanceof InvalidFormatException format
        && format.getTargetType() != null
        && format.getTargetType().isEnum()) {
      List<String> supported =
          Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf).toList();
      return new Problem(
          Problem.Kind.UNSUPPORTED,
          field,
          "unsupported value \""
              + format.getValue()
              + "\" (supported: "
              + String.join(", ", supported)
              + ")");
    }
    return new Problem(Problem.Kind.INVALID, field, e.getOriginalMessage());
  }

  /** The exception the converter would throw for this parse error. */
  public static ConversionException toConversionException(JsonMappingException e) {
    ConversionException converted = new ConversionException(List.of(of(e)));
    converted.initCause(e);
    return converted;
  }

  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.length() == 0 ? "(document)" : out.toString();
  }
}
