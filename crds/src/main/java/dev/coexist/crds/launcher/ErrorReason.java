package dev.coexist.crds.launcher;

/** Why a request failed: the handler maps these to VMI conditions and retries. */
public enum ErrorReason {
  /** The request itself is malformed or of an unsupported version. */
  BAD_REQUEST,
  /** The VMI cannot be run as given (a field is invalid or unsupported); permanent. */
  INVALID_SPEC,
  /** The command needs a domain and there is none. */
  NO_DOMAIN,
  /** libvirt, QEMU or a volume tool failed; may succeed on retry. */
  RUNTIME_ERROR
}
