package vn.ansinh.backups;

import vn.ansinh.shared.CodedException;
import vn.ansinh.shared.RefusalKind;

/** A backup ansinh cannot make: the database is PostgreSQL (its server owns the files), or one is being made. */
public class BackupRefusedException extends CodedException {

    public BackupRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }

    @Override
    public RefusalKind kind() {
        return RefusalKind.CONFLICT;
    }
}
