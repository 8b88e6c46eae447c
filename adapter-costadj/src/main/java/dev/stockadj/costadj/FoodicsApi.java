package dev.stockadj.costadj;

import dev.stockadj.costadj.dto.CostAdjustmentWrite;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

import java.util.Map;

/**
 * The Foodics endpoints the adapter uses. Answers are read as text and parsed by the adapter,
 * so that a malformed answer is told apart from a broken connection.
 */
interface FoodicsApi {
    @GET("{resource}")
    Call<ResponseBody> listCostAdjustments(@Path(value = "resource", encoded = true) String resource,
            @QueryMap Map<String, String> query);

    @GET("{resource}/{id}")
    Call<ResponseBody> getCostAdjustment(@Path(value = "resource", encoded = true) String resource,
            @Path("id") String id, @Query("include") String include);

    @POST("{resource}")
    Call<ResponseBody> createCostAdjustment(@Path(value = "resource", encoded = true) String resource,
            @Body CostAdjustmentWrite body);

    @PUT("{resource}/{id}")
    Call<ResponseBody> updateCostAdjustment(@Path(value = "resource", encoded = true) String resource,
            @Path("id") String id, @Body CostAdjustmentWrite body);

    @DELETE("{resource}/{id}")
    Call<ResponseBody> deleteCostAdjustment(@Path(value = "resource", encoded = true) String resource,
            @Path("id") String id);

    @GET("whoami")
    Call<ResponseBody> whoami();

    @GET("inventory_items")
    Call<ResponseBody> inventoryItems(@QueryMap Map<String, String> query);

    @GET("inventory_levels/{branch}")
    Call<ResponseBody> inventoryLevels(@Path("branch") String branch, @Query("page") int page);

    @GET("branches")
    Call<ResponseBody> branches(@QueryMap Map<String, String> query);

    @GET("branches/{id}")
    Call<ResponseBody> branch(@Path("id") String id);
}
