package dev.coexist.crds.importer;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the importer writes to its termination-message path ({@code /dev/termination-log}) as JSON,
 * and to stdout when run standalone. The DataVolume controller reads it from {@code
 * pod.status.containerStatuses[].state.terminated.message}. Kubernetes keeps at most 4096 bytes, so
 * {@link #message} is kept short.
 *
 * @param outcome Succeeded or Failed
 * @param reason why: {@link ImportReason#Completed} on success
 * @param message a sentence a user understands (names the URL, never credentials)
 * @param format detected image format ({@code qcow2}, {@code raw}, {@code vmdk}, {@code vdi},
 *     {@code vhd}, {@code vhdx}, {@code iso}, {@code tar}, {@code blank}), null if unknown
 * @param compression detected compression ({@code none}, {@code gz}, {@code xz}, {@code zst}), null
 *     if unknown
 * @param bytesDownloaded bytes received from the source (compressed, as on the wire)
 * @param virtualSize virtual size of the source image in bytes, 0 if unknown
 * @param diskSize final size of {@code disk.img} in bytes (after resize), 0 if none
 * @param checksum the digest computed over the downloaded bytes ({@code sha256:<hex>}), null if no
 *     checksum was requested
 * @param durationMillis wall time of the import
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImporterTerminationMessage(
    ImportOutcome outcome,
    ImportReason reason,
    String message,
    String format,
    String compression,
    long bytesDownloaded,
    long virtualSize,
    long diskSize,
    String checksum,
    long durationMillis) {

  /** Kubernetes truncates termination messages beyond this many bytes. */
  public static final int MAX_BYTES = 4096;

  /** Longest {@link #message} kept, leaving room for the other fields. */
  public static final int MAX_MESSAGE_CHARS = 1000;

  /** Canonical constructor: shortens an over-long message so the JSON stays under the limit. */
  public ImporterTerminationMessage {
    if (message != null && message.length() > MAX_MESSAGE_CHARS) {
      message = message.substring(0, MAX_MESSAGE_CHARS - 1) + "…";
    }
  }

  /** The same message with {@link #message} cut to {@code chars} characters. */
  public ImporterTerminationMessage withMessageCutTo(int chars) {
    String m =
        message == null || message.length() <= chars ? message : message.substring(0, chars) + "…";
    return new ImporterTerminationMessage(
        outcome,
        reason,
        m,
        format,
        compression,
        bytesDownloaded,
        virtualSize,
        diskSize,
        checksum,
        durationMillis);
  }

  /** True when the import succeeded. */
  public boolean succeeded() {
    return outcome == ImportOutcome.Succeeded;
  }
}
