package vn.ansinh.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.shared.StaleSaveException;
import vn.ansinh.support.IntegrationTest;

/**
 * Administrators saving the signatories at once, from the same reading (issue 11 saw one such save answer 500:
 * two saves deleting and re-inserting the same rows). One is saved; every other is refused as a save over a
 * newer one — no other failure — and the signatories are whole. The saves commit; they write what is there.
 */
@IntegrationTest
class ProgrammeTextConcurrencyTest {

    private static final int WRITERS = 8;

    @Autowired
    ProgrammeEditor editor;

    @Test
    void ofSimultaneousSavesOfOneVersionOneIsSavedAndTheOthersAreRefusedAsStale() throws Exception {
        List<Signatory> signatories = editor.signatories(1);
        int read = editor.version(1).version();
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Boolean>> saves = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String user = "quantri-" + i;
            saves.add(pool.submit(() -> {
                start.await();
                try {
                    editor.updateSignatories(1, read, signatories, user);
                    return true;
                } catch (StaleSaveException e) {
                    return false;
                } catch (RuntimeException e) {
                    failures.add(e);
                    return false;
                }
            }));
        }
        start.countDown();
        int saved = 0;
        for (Future<Boolean> save : saves) {
            saved += save.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(failures).isEmpty();
        assertThat(saved).isEqualTo(1);
        assertThat(editor.version(1).version()).isEqualTo(read + 1);
        assertThat(editor.signatories(1)).isEqualTo(signatories);
    }
}
