package vn.ansinh.accounts.web;

/** A new API token's name ("Bảng tính tổng hợp"): what it is for, so it can be told apart and revoked. */
record TokenForm(String name) {

    static TokenForm empty() {
        return new TokenForm(null);
    }
}
