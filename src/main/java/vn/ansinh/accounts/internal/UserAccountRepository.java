package vn.ansinh.accounts.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.accounts.UserAccount;

/**
 * Derived queries run in a read-only transaction, as the inherited CRUD methods do: without one, loading an
 * aggregate's collections took a second connection while the first query's rows were still open.
 */
@Transactional(readOnly = true)
public interface UserAccountRepository extends CrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAllByOrderByUsername();
}
