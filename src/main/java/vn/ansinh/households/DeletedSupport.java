package vn.ansinh.households;

import java.time.Instant;

/** A support entry deleted, with who deleted it and when: left out of every list and total until restored. */
public record DeletedSupport(Support support, String deletedBy, Instant deletedAt) {
}
