package pl.odnowa.common;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging and sorting parameters every collection takes, parsed so bad values are 400s. */
public class ListParams {

    @QueryParam("page")
    @Parameter(description = "Page number, from 0", example = "0")
    public String page;

    @QueryParam("size")
    @Parameter(description = "Page size, 1 to 200 (default 20)", example = "20")
    public String size;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated sort keys from the operation's list; prefix - for descending")
    public String sort;

    public PageRequest pageRequest() {
        return PageRequest.parse(page, size);
    }
}
