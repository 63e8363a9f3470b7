package vn.ansinh.accounts.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

import vn.ansinh.accounts.UserAccount;

public interface UserAccountRepository extends CrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAllByOrderByUsername();
}
