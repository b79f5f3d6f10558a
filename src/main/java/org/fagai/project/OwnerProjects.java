package org.fagai.project;

import java.util.List;

/** The key projects whose owner unit (项目单位) has a credit code, for the enterprise page. Not scoped: the caller checks rights. */
public interface OwnerProjects {

    List<ProjectRef> ownedBy(String creditCode);
}
