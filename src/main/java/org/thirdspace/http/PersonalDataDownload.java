package org.thirdspace.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.thirdspace.application.person.PersonalDataArchive;

/**
 * A person's data archive as a download, for the person's own export (web) and an administrator's
 * (admin): streamed, never cached on the way (it is one person's data).
 */
public final class PersonalDataDownload {

    private PersonalDataDownload() {
    }

    public static Response of(PersonalDataArchive archive) {
        StreamingOutput body = archive::writeTo;
        return Response.ok(body, PersonalDataArchive.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + archive.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
