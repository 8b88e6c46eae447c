package dev.stockadj.qoyod;

import dev.stockadj.qoyod.dto.AdjustmentRequestDto;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The Qoyod endpoints the adapter uses. Answers stay raw bodies: Qoyod answers failures with 200,
 * empty lists with a plain-text 404, so every answer is read by {@link AnswerReader}.
 */
interface QoyodApi {
    @GET("products")
    Call<ResponseBody> products(@Query("page") int page, @Query("per_page") int perPage, @Query("q[s]") String sort);

    /** Ransack filters; a null filter is left out of the query. */
    @GET("products")
    Call<ResponseBody> productsWhere(@Query("q[sku_eq]") String sku, @Query("q[barcode_eq]") String barcode);

    @GET("products/{id}")
    Call<ResponseBody> product(@Path("id") String id);

    @GET("inventories")
    Call<ResponseBody> inventories();

    @GET("accounts")
    Call<ResponseBody> accounts();

    @POST("inventory_adjustments")
    Call<ResponseBody> postAdjustment(@Body AdjustmentRequestDto body);
}
