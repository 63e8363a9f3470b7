package vn.ansinh.programme;

/** A signature block: the organisation and its label as printed ("UBND XÃ CAM AN"). */
public record Signatory(long organisationId, String label) {
}
