package dev.stockadj.app.cli;

import com.google.inject.ImplementedBy;

/** Whether a person is watching: progress is drawn only on an interactive terminal. */
@ImplementedBy(SystemTerminal.class)
public interface Terminal {
    boolean interactive();
}
