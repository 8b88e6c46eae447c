package dev.stockadj.qoyod;

import dev.stockadj.qoyod.dto.AdjustmentRequestDto;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Streaming;

/**
 * The Qoyod endpoints the adapter uses. Answers stay raw bodies: Qoyod answers failures with 200,
 * empty lists with a plain-text 404, so every answer is read by {@link AnswerReader}. Every method is
 * {@link Streaming}: the {@code Exchange} reads each answer whole as soon as it arrives (read failures still count
 * as the request's), so Retrofit's own copy of the body before that would only be read once more (about 5 % of a
 * POST's time on the client, ApplyDocumentBenchmark).
 */
interface QoyodApi {
    @Streaming
    @GET("products")
    Call<ResponseBody> products(@Query("page") int page, @Query("per_page") int perPage, @Query("q[s]") String sort);

    /** Ransack filters; a null filter is left out of the query. */
    @Streaming
    @GET("products")
    Call<ResponseBody> productsWhere(@Query("q[sku_eq]") String sku, @Query("q[barcode_eq]") String barcode);

    @Streaming
    @GET("products/{id}")
    Call<ResponseBody> product(@Path("id") String id);

    @Streaming
    @GET("inventories")
    Call<ResponseBody> inventories();

    @Streaming
    @GET("accounts")
    Call<ResponseBody> accounts();

    @Streaming
    @POST("inventory_adjustments")
    Call<ResponseBody> postAdjustment(@Body AdjustmentRequestDto body);
}
