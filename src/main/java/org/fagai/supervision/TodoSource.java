package org.fagai.supervision;

import java.util.List;
import org.fagai.organization.CurrentUser;

/**
 * SPI of the to-do list (工作台·待办): every module that has work for a user implements it in its own internal package;
 * the to-do list collects all beans of this type. Entries should be few (what is due soon or late), never a whole list.
 */
public interface TodoSource {

    List<TodoEntry> entriesFor(CurrentUser user);
}
