package vn.ansinh.households.internal.importing;

import vn.ansinh.households.Member;

/** A member as read from its row, with the row's number for errors. */
record ParsedMember(int row, Member member, boolean head) {
}
