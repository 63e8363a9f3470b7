package vn.ansinh.backups;

import vn.ansinh.shared.NotFoundException;

/** No kept backup of that name: answered 404. */
public class BackupNotFoundException extends NotFoundException {

    public BackupNotFoundException(String name) {
        super("no backup named " + name);
    }
}
