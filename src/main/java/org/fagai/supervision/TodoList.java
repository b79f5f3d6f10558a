package org.fagai.supervision;

import java.util.List;

/** The signed-in user's to-do entries from every {@link TodoSource}, sorted by due date (undated last). */
public interface TodoList {

    List<TodoEntry> forCurrentUser();
}
