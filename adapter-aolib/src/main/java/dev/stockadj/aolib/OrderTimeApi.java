package dev.stockadj.aolib;

import dev.stockadj.aolib.dto.Adjustment;
import dev.stockadj.aolib.dto.ListInfo;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Query;

/** The Order Time endpoints the adapter uses. Answers are read raw so the body can be kept and mapped. */
interface OrderTimeApi {

    @POST("adjustment")
    Call<ResponseBody> postAdjustment(@Body Adjustment adjustment);

    @GET("adjustment")
    Call<ResponseBody> getAdjustment(@Query("docNo") int docNo);

    @DELETE("adjustment")
    Call<ResponseBody> deleteAdjustment(@Query("docNo") int docNo);

    @POST("list")
    Call<ResponseBody> list(@Body ListInfo info);

    @PUT("list")
    Call<ResponseBody> count(@Body ListInfo info);
}
